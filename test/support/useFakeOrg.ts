import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { FakeOrg, fakeOrgHandlers, permissionSetsFromManifest, seedOrg, seedUsers, smallSeed, type FakeOrgOptions, type PermissionSet, type SeedIds, type SeedUsers } from '../../fake-org/index.js';

/** The fake org of the current test, fresh for each: read its fields inside tests. */
export interface FakeOrgFixture {
  org: FakeOrg;
  ids: SeedIds;
  /** The package's users (a rep, another rep, a manager, the integration user), holding the manifest's permission sets. */
  users: SeedUsers;
  /** A session the org issued for its running user (an administrator): pass it as the access token. */
  token: string;
  server: ReturnType<typeof setupServer>;
}

let manifestSets: PermissionSet[] | undefined;

/**
 * For a test file: msw answers the fake org's instance URL from a new fake org, seeded with the
 * small seed and the package's users (permission sets read from `manifest/`), before each test
 * (`then` adds records to it first, e.g. rules); an unhandled request fails the test. `token` is a
 * session of the running user; `org.issueSession(fixture.users.rep)` gives a rep's.
 */
export function useFakeOrg(then: (org: FakeOrg, ids: SeedIds) => void = () => {}, options: FakeOrgOptions = {}): FakeOrgFixture {
  const server = setupServer();
  const fixture = { server } as FakeOrgFixture;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  beforeEach(() => {
    manifestSets ??= permissionSetsFromManifest();
    fixture.org = new FakeOrg({ permissionSets: manifestSets, ...options });
    fixture.ids = seedOrg(fixture.org.store, smallSeed());
    fixture.users = seedUsers(fixture.org);
    fixture.token = fixture.org.issueSession();
    server.use(...fakeOrgHandlers(fixture.org));
    then(fixture.org, fixture.ids);
  });
  return fixture;
}
