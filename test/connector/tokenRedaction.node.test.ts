import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createSalesforceConnector } from '../../connector/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import { useFakeOrg } from '../support/useFakeOrg.js';

const fake = useFakeOrg();

/** Tokens that look nothing like a session id (an opaque OAuth token, a JWT-like one): only redaction by value removes them. */
const TOKEN = 'plain-opaque-token-7Hq2xZ';
const REFRESHED = 'eyJhbGciOi.refreshed-token.Qw9';

/** Everything an error carries, as a caller could print or log it. */
const everything = (e: unknown) => JSON.stringify({ ...(e as object), message: (e as Error).message, stack: (e as Error).stack });

/** A proxy that echoes the request's Authorization header in its error, as some do. */
const echoingProxy = (status: number) =>
  http.get(`${FAKE_INSTANCE_URL}/services/data/:version/query`, ({ request }) =>
    HttpResponse.json([{ errorCode: 'MALFORMED_QUERY', message: `rejected request with Authorization: ${request.headers.get('authorization')} (token ${request.headers.get('authorization')?.split(' ')[1]})` }], { status }),
  );

describe('the session token never appears in an error', () => {
  it('removes the exact token from the message and the body, whatever it looks like', async () => {
    fake.server.use(echoingProxy(400));
    const c = createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: TOKEN, retry: { sleep: async () => {} } });
    const error = await c.searchAccounts('Acme').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MALFORMED_QUERY' });
    expect(everything(error)).toContain('rejected request'); // the rest of the message stays
    expect(everything(error)).not.toContain(TOKEN);
    expect(everything(error)).not.toContain('7Hq2xZ');
  });

  it('removes a refreshed token too', async () => {
    let expired = true;
    fake.server.use(
      http.get(`${FAKE_INSTANCE_URL}/services/data/:version/query`, ({ request }) => {
        if (expired) return (expired = false), HttpResponse.json([{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }], { status: 401 });
        return HttpResponse.json([{ errorCode: 'MALFORMED_QUERY', message: `bad query for ${request.headers.get('authorization')?.split(' ')[1]}` }], { status: 400 });
      }),
    );
    const c = createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: TOKEN, retry: { sleep: async () => {}, refreshSession: async () => REFRESHED } });
    const error = await c.searchAccounts('Acme').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MALFORMED_QUERY' });
    expect(everything(error)).toContain('bad query for');
    expect(everything(error)).not.toContain(REFRESHED);
  });

  it('removes it from a failed refresh’s own message', async () => {
    fake.org.faults.expiredSession = true;
    const refreshSession = async () => {
      throw new Error(`refresh failed: the old token ${TOKEN} was revoked`);
    };
    const error = await createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: TOKEN, retry: { sleep: async () => {}, refreshSession } })
      .loadAccountView(fake.ids.accounts.get('12349')!, '2011-09-01')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_SESSION_ID' });
    expect((error as Error).message).toContain('refresh failed');
    expect(everything(error)).not.toContain(TOKEN);
  });
});
