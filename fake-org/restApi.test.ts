import { describe, expect, it } from 'vitest';
import { apiCaller } from './apiCaller.js';
import { FAKE_API_VERSION, FakeOrg } from './FakeOrg.js';
import { seedOrg, smallSeed } from './seed/index.js';


function setup() {
  const org = new FakeOrg();
  const ids = seedOrg(org.store, smallSeed());
  const session = org.issueSession();
  const caller = apiCaller(org);
  /** A call with the session (`token` null: no Authorization header). */
  const call = (method: string, path: string, body?: unknown, token: string | null = session) => caller(method, path, body, token);
  return { org, ids, call };
}

describe('the fake org’s REST API', () => {
  it('creates, reads, updates and deletes records, with Salesforce’s answers', async () => {
    const { org, ids, call } = setup();
    const created = await call('POST', '/sobjects/Opportunity', { Name: 'Big one', StageName: 'Prospecting', CloseDate: '2011-09-30', AccountId: ids.accounts.get('12347') });
    expect(created).toMatchObject({ status: 201, body: { success: true, errors: [] } });
    const id = created.body.id as string;
    expect(id).toMatch(/^006[a-zA-Z0-9]{15}$/);
    expect((await call('GET', `/sobjects/Opportunity/${id}`)).body).toMatchObject({ attributes: { type: 'Opportunity' }, Name: 'Big one' });
    expect((await call('PATCH', `/sobjects/Opportunity/${id}`, { StageName: 'Closed Won' })).status).toBe(204);
    expect(org.store.get(id)!.StageName).toBe('Closed Won');
    expect((await call('DELETE', `/sobjects/Opportunity/${id}`)).status).toBe(204);
    expect((await call('GET', `/sobjects/Opportunity/${id}`)).status).toBe(404);
  });

  it('answers bad writes as Salesforce does: required field, unknown field, bad id, unknown object', async () => {
    const { call } = setup();
    expect((await call('POST', '/sobjects/Opportunity', { Name: 'x', CloseDate: '2011-09-30' })).body).toEqual([{ errorCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [StageName]', fields: ['StageName'] }]);
    expect((await call('POST', '/sobjects/Opportunity', { Name: 'x', StageName: 's', CloseDate: '2011-09-30', Colour__c: 'red' })).body[0]).toMatchObject({ errorCode: 'INVALID_FIELD', fields: ['Colour__c'] });
    expect((await call('POST', '/sobjects/Opportunity', { Name: 'x', StageName: 's', CloseDate: '2011-09-30', AccountId: 'not-an-id' })).body[0]).toMatchObject({ errorCode: 'MALFORMED_ID' });
    expect((await call('POST', '/sobjects/Opportunity', { Name: 'x', StageName: 's', CloseDate: '30/09/2011' })).body[0]).toMatchObject({ errorCode: 'INVALID_TYPE_ON_FIELD_IN_RECORD' });
    expect((await call('POST', '/sobjects/Widget__c', { Name: 'x' })).status).toBe(404);
    expect((await call('GET', '/sobjects/Opportunity/006000000000000AAA')).status).toBe(404);
  });

  it('runs a composite request all or none, later subrequests referring to earlier ones', async () => {
    const { org, ids, call } = setup();
    const opportunity = { method: 'POST', url: `/services/data/v${FAKE_API_VERSION}/sobjects/Opportunity`, referenceId: 'opp', body: { Name: 'C', StageName: 'Prospecting', CloseDate: '2011-09-30' } };
    const items = (quantity: number) => ({
      method: 'POST',
      url: `/services/data/v${FAKE_API_VERSION}/composite/sobjects`,
      referenceId: 'items',
      body: { allOrNone: true, records: [1, 2, quantity].map((q) => ({ attributes: { type: 'OpportunityLineItem' }, OpportunityId: '@{opp.id}', PricebookEntryId: ids.entries.get('85099B'), Quantity: q, UnitPrice: 2 })) },
    });
    const ok = await call('POST', '/composite', { allOrNone: true, compositeRequest: [opportunity, items(3)] });
    expect(ok.body.compositeResponse.map((r: { httpStatusCode: number }) => r.httpStatusCode)).toEqual([201, 200]);
    expect([...org.store.records('OpportunityLineItem')].map((r) => r.OpportunityId)).toEqual(Array(3).fill(ok.body.compositeResponse[0].body.id));

    // The third item has a quantity that is not a number: everything is rolled back.
    const failed = await call('POST', '/composite', { allOrNone: true, compositeRequest: [opportunity, items('three' as never)] });
    expect(failed.status).toBe(200);
    const [opp, lineItems] = failed.body.compositeResponse;
    expect(opp.body[0].errorCode).toBe('PROCESSING_HALTED');
    expect(lineItems.body.map((r: { success: boolean; errors: { statusCode: string }[] }) => r.errors[0]?.statusCode)).toEqual(['ALL_OR_NONE_OPERATION_ROLLED_BACK', 'ALL_OR_NONE_OPERATION_ROLLED_BACK', 'INVALID_TYPE_ON_FIELD_IN_RECORD']);
    expect(org.store.count('Opportunity')).toBe(1);
    expect(org.store.count('OpportunityLineItem')).toBe(3);
  });

  it('refuses a request without a token or with one the org did not issue, and injects the faults a test switches on', async () => {
    const { org, call } = setup();
    expect((await call('GET', '/limits', undefined, null)).body).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    expect((await call('GET', '/limits', undefined, 'any-token')).status).toBe(401);
    org.faults.requestLimit = 1;
    expect((await call('GET', '/limits')).body[0].errorCode).toBe('REQUEST_LIMIT_EXCEEDED');
    expect((await call('GET', '/limits')).body.DailyApiRequests.Max).toBe(100_000);
    org.faults.htmlError = 1;
    const page = await call('GET', '/limits');
    expect(page.status).toBe(503);
    expect(page.body).toContain('<html>');
    expect(org.requests.map((r) => r.status)).toEqual([401, 401, 403, 200, 503]);
  });
});
