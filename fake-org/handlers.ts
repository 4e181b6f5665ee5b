import { http } from 'msw';
import type { FakeOrg } from './FakeOrg.js';
import { restApi } from './restApi.js';

/** The instance URL tests and the demo point jsforce at. */
export const FAKE_INSTANCE_URL = 'https://fake-org.my.salesforce.com';

/** msw handlers that answer the org's APIs at `instanceUrl` from the fake org: data, OAuth and SOAP login. */
export function fakeOrgHandlers(org: FakeOrg, instanceUrl = FAKE_INSTANCE_URL) {
  const api = restApi(org);
  return [http.all(`${instanceUrl}/services/*`, ({ request }) => api(request))];
}
