import { FAKE_API_VERSION, type FakeOrg } from './FakeOrg.js';
import { restApi } from './restApi.js';

/** What a call answered: its status and its body (JSON parsed, else text). */
export interface Called {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers field by field
  body: any;
}

/**
 * For unit tests: calls the org's data API (`/services/data/v62.0` + `path`) in-process, as a
 * client with `token` (a session the org issued; null: no Authorization header).
 */
export function apiCaller(org: FakeOrg, base = `https://fake.test/services/data/v${FAKE_API_VERSION}`) {
  const api = restApi(org);
  return async (method: string, path: string, body?: unknown, token: string | null = null): Promise<Called> => {
    const response = await api(
      new Request(`${base}${path}`, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    const text = await response.text();
    return { status: response.status, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
  };
}

/** The `/query?q=` path of a SOQL query. */
export function queryPath(soql: string): string {
  return `/query?q=${encodeURIComponent(soql)}`;
}
