import { Connection } from 'jsforce';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { FakeOrg, type FakeOrgOptions } from './FakeOrg.js';
import { FAKE_API_VERSION } from './FakeOrg.js';
import { fakeOrgHandlers, FAKE_INSTANCE_URL } from './handlers.js';
import type { PermissionSet } from './PermissionSet.js';
import { permissionSetsFromManifest } from './permissionSetsFromManifest.js';
import { restApi } from './restApi.js';
import { seedOrg, seedUsers, smallSeed, type SeedIds, type SeedUsers } from './seed/index.js';

/** The org of the current test: fresh before each, with the small seed and the package's users. */
export interface BulkTestOrg {
  org: FakeOrg;
  ids: SeedIds;
  users: SeedUsers;
  /** A session of the running administrator. */
  token: string;
}

/** A raw answer: status, headers, and the body (JSON parsed, else text). */
export interface RawAnswer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers field by field
  body: any;
}

let manifestSets: PermissionSet[] | undefined;

/**
 * For a Bulk API test file: msw answers the fake org's instance URL (unhandled requests fail), and
 * before each test a new org (with `options`, e.g. private accounts; permission sets besides the
 * package's) is seeded and served.
 */
export function useBulkTestOrg(options: FakeOrgOptions = {}): BulkTestOrg {
  const server = setupServer();
  const fixture = {} as BulkTestOrg;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => {
    manifestSets ??= permissionSetsFromManifest();
    fixture.org = new FakeOrg({ ...options, permissionSets: [...manifestSets, ...(options.permissionSets ?? [])] });
    fixture.ids = seedOrg(fixture.org.store, smallSeed());
    fixture.users = seedUsers(fixture.org);
    fixture.token = fixture.org.issueSession();
    server.resetHandlers(...fakeOrgHandlers(fixture.org));
  });
  return fixture;
}

/** A jsforce connection to the org as `userId` (default: the running administrator), polling bulk jobs every 5 ms. */
export function connectAs(org: FakeOrg, userId?: string): Connection {
  const conn = new Connection({ instanceUrl: FAKE_INSTANCE_URL, accessToken: org.issueSession(userId), version: FAKE_API_VERSION });
  conn.bulk2.pollInterval = 5;
  return conn;
}

/** One request to the org's data API in-process (`path` after `/services/data/v62.0`), with a body of any type. */
export async function rawCall(org: FakeOrg, token: string, method: string, path: string, body?: string, contentType = 'application/json'): Promise<RawAnswer> {
  const request = new Request(`${FAKE_INSTANCE_URL}/services/data/v${FAKE_API_VERSION}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, body });
  const response = await restApi(org)(request);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}
