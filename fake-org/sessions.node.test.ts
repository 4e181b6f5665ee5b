import { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from './apiCaller.js';
import { DEMO_USER, FakeOrg } from './FakeOrg.js';
import { seedOrg, smallSeed } from './seed/index.js';
import { serveHttp, type FakeOrgServer } from './serveHttp.js';

describe('sessions: only tokens the org issued, each running as its user', () => {
  it('refuses a token it never issued or one expired, with 401 INVALID_SESSION_ID', async () => {
    const org = new FakeOrg();
    const call = apiCaller(org);
    const token = org.issueSession();
    expect((await call('GET', '/limits', undefined, token)).status).toBe(200);
    const refused = [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }];
    expect(await call('GET', '/limits', undefined, 'made-up')).toEqual({ status: 401, body: refused });
    expect(await call('GET', '/limits', undefined, `${token}x`)).toEqual({ status: 401, body: refused });
    org.expireSession(token);
    expect(await call('GET', '/limits', undefined, token)).toEqual({ status: 401, body: refused });
    const next = org.issueSession();
    expect(next).not.toBe(token);
    expect(next).toMatch(/^00D[A-Za-z0-9]{12}![A-Za-z0-9._]{40,}$/);
    expect((await call('GET', '/limits', undefined, next)).status).toBe(200);
  });

  it('runs each request as its session’s user: it owns and created what it writes', async () => {
    const org = new FakeOrg();
    const ids = seedOrg(org.store, smallSeed());
    const other = org.createUser({ name: 'Other Admin', modifyAllData: true });
    const call = apiCaller(org);
    const body = { Name: 'Mine', StageName: 'Prospecting', CloseDate: '2011-09-30', AccountId: ids.accounts.get('12347') };
    const made = await call('POST', '/sobjects/Opportunity', body, org.issueSession(other));
    expect(org.store.get(made.body.id)).toMatchObject({ CreatedById: other, OwnerId: other });
    const byRunning = await call('POST', '/sobjects/Opportunity', body, org.issueSession());
    expect(org.store.get(byRunning.body.id)).toMatchObject({ CreatedById: org.store.userId, OwnerId: org.store.userId });
  });

  it('keeps the expiredSession fault, which refuses even an issued token', async () => {
    const org = new FakeOrg();
    const call = apiCaller(org);
    const token = org.issueSession();
    org.faults.expiredSession = 1;
    expect((await call('GET', '/limits', undefined, token)).status).toBe(401);
    expect((await call('GET', '/limits', undefined, token)).status).toBe(200);
  });
});

describe('logging in from outside, over HTTP', () => {
  const org = new FakeOrg();
  seedOrg(org.store, smallSeed());
  const rep = org.createUser({ name: 'Rita Rep', username: 'rita@example.com', password: 'pässword&<1>' });
  let server: FakeOrgServer;
  beforeAll(async () => void (server = await serveHttp(org)));
  afterAll(() => server.close());

  it('jsforce’s SOAP login (conn.login) gets a session of the user, then queries with it', async () => {
    const conn = new Connection({ loginUrl: server.url, version: '62.0' });
    const info = await conn.login(DEMO_USER.username, DEMO_USER.password);
    expect(info).toMatchObject({ id: org.store.userId, organizationId: org.organizationId });
    expect(conn.instanceUrl).toBe(server.url);
    expect((await conn.query('SELECT Id FROM Account')).totalSize).toBe(3);
    const escaped = new Connection({ loginUrl: server.url, version: '62.0' });
    expect((await escaped.login('rita@example.com', 'pässword&<1>')).id).toBe(rep);
    await expect(new Connection({ loginUrl: server.url, version: '62.0' }).login(DEMO_USER.username, 'wrong')).rejects.toThrow(/INVALID_LOGIN/);
  });

  it('the OAuth username-password flow gives a token and the instance URL; userinfo names the user', async () => {
    const conn = new Connection({ oauth2: { loginUrl: server.url, clientId: 'any-client', clientSecret: 'any' }, version: '62.0' });
    const info = await conn.login('rita@example.com', 'pässword&<1>');
    expect(info.id).toBe(rep);
    expect(conn.instanceUrl).toBe(server.url);
    const me = await fetch(`${server.url}/services/oauth2/userinfo`, { headers: { authorization: `Bearer ${conn.accessToken}` } });
    expect(await me.json()).toMatchObject({ user_id: rep, organization_id: org.organizationId, preferred_username: 'rita@example.com', name: 'Rita Rep' });
    const bad = await fetch(`${server.url}/services/oauth2/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'password', client_id: 'x', username: 'rita@example.com', password: 'nope' }) });
    expect({ status: bad.status, body: await bad.json() }).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'authentication failure' } });
    expect((await fetch(`${server.url}/services/oauth2/userinfo`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
  });

  it('jsforce describes objects and refuses what is not there, as Salesforce answers', async () => {
    const conn = new Connection({ instanceUrl: server.url, accessToken: org.issueSession(), version: '62.0' });
    const account = await conn.sobject('Account').describe();
    expect(account.fields.find((f) => f.name === 'Name')).toMatchObject({ type: 'string', nillable: false, createable: true, length: 255 });
    expect((await conn.describeGlobal()).sobjects.map((o) => o.name)).toContain('OO_Proposal__c');
    await expect(conn.sobject('Widget__c').describe()).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
    await expect(conn.query('SELECT Id FROM Widget__c')).rejects.toMatchObject({ errorCode: 'INVALID_TYPE' });
  });

  it('jsforce sees the Composite limits: six queries in one request run none', async () => {
    const conn = new Connection({ instanceUrl: server.url, accessToken: org.issueSession(), version: '62.0' });
    const query = (i: number) => ({ method: 'GET', url: '/services/data/v62.0/query?q=SELECT+Id+FROM+Account', referenceId: `q${i}` });
    const five = await conn.requestPost<{ compositeResponse: { httpStatusCode: number }[] }>('/services/data/v62.0/composite', { compositeRequest: [1, 2, 3, 4, 5].map(query) });
    expect(five.compositeResponse.map((r) => r.httpStatusCode)).toEqual([200, 200, 200, 200, 200]);
    const six = await conn.requestPost<{ compositeResponse: { referenceId: string | null; body: { errorCode: string }[] }[] }>('/services/data/v62.0/composite', { compositeRequest: [1, 2, 3, 4, 5, 6].map(query) });
    expect(six.compositeResponse).toHaveLength(1);
    expect(six.compositeResponse[0]).toMatchObject({ referenceId: null, body: [{ errorCode: 'LIMIT_EXCEEDED' }] });
  });
});
