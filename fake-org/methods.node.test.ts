import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiCaller } from './apiCaller.js';
import { FakeOrg } from './FakeOrg.js';
import { seedOrg, smallSeed } from './seed/index.js';
import { serveHttp, type FakeOrgServer } from './serveHttp.js';

/** The status of a request fetch cannot send (TRACE). */
function rawStatus(base: string, method: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const r = request(`${base}${path}`, { method }, (res) => (res.resume(), resolve(res.statusCode!)));
    r.on('error', reject);
    r.end();
  });
}

describe('methods a resource does not take, and unexpected failures', () => {
  const org = new FakeOrg();
  const ids = seedOrg(org.store, smallSeed());
  const token = org.issueSession();
  let server: FakeOrgServer;
  beforeAll(async () => void (server = await serveHttp(org)));
  afterAll(() => server.close());
  const http = (method: string, path: string, body?: string) =>
    fetch(`${server.url}/services/data/v62.0${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });

  it('answers 405 METHOD_NOT_ALLOWED in Salesforce’s words, naming the allowed methods', async () => {
    const call = apiCaller(org);
    const acme = ids.accounts.get('12347')!;
    expect(await call('PUT', `/sobjects/Account/${acme}`, { Name: 'x' }, token)).toEqual({ status: 405, body: [{ errorCode: 'METHOD_NOT_ALLOWED', message: "HTTP Method 'PUT' not allowed. Allowed are GET,PATCH,DELETE" }] });
    expect((await call('DELETE', '/query?q=SELECT+Id+FROM+Account', undefined, token)).body[0]).toMatchObject({ errorCode: 'METHOD_NOT_ALLOWED', message: "HTTP Method 'DELETE' not allowed. Allowed are GET" });
    expect((await call('GET', '/composite', undefined, token)).status).toBe(405);
    expect((await call('GET', '/nowhere', undefined, token)).status).toBe(404);
    // Over HTTP too, with methods Node passes through, and the server goes on.
    for (const method of ['PUT', 'OPTIONS']) expect((await http(method, `/sobjects/Account/${acme}`)).status, method).toBe(405);
    expect(await rawStatus(server.url, 'TRACE', `/services/data/v62.0/sobjects/Account/${acme}`)).toBe(405);
    expect((await http('GET', `/sobjects/Account/${acme}`)).status).toBe(200);
  });

  it('answers an unexpected exception with 500 UNKNOWN_EXCEPTION, logs it without the token, and keeps serving', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    org.store.validationRules.push(() => {
      throw new TypeError('a rule that breaks');
    });
    try {
      const broken = await http('POST', '/sobjects/Opportunity', JSON.stringify({ Name: 'O', StageName: 'S', CloseDate: '2011-09-30' }));
      expect(broken.status).toBe(500);
      expect((await broken.json())[0].errorCode).toBe('UNKNOWN_EXCEPTION');
      // In-process too (msw in tests and the demo): an answer, not a thrown error.
      const inProcess = await apiCaller(org)('POST', '/sobjects/Opportunity', { Name: 'O', StageName: 'S', CloseDate: '2011-09-30' }, token);
      expect(inProcess).toMatchObject({ status: 500, body: [{ errorCode: 'UNKNOWN_EXCEPTION' }] });
      expect(logged).toHaveBeenCalled();
      expect(JSON.stringify(logged.mock.calls)).toContain('a rule that breaks');
      expect(JSON.stringify(logged.mock.calls)).not.toContain(token);
    } finally {
      org.store.validationRules.pop();
      logged.mockRestore();
    }
    expect((await http('GET', '/limits')).status).toBe(200);
    // Malformed bodies are the client's error, not the server's.
    expect((await http('POST', '/composite', '{not json')).status).toBe(400);
    expect((await http('POST', '/composite', '{"compositeRequest":[{"url":5}]}')).status).toBe(200);
  });
});
