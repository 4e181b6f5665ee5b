import { describe, expect, it } from 'vitest';
import { apiCaller, queryPath } from './apiCaller.js';
import { COLLECTION_LIMIT, COMPOSITE_LIMIT, COMPOSITE_QUERY_LIMIT } from './composite.js';
import { FAKE_API_VERSION, FakeOrg } from './FakeOrg.js';
import { seedOrg, smallSeed } from './seed/index.js';

const v = `/services/data/v${FAKE_API_VERSION}`;

function setup() {
  const org = new FakeOrg();
  const ids = seedOrg(org.store, smallSeed());
  const token = org.issueSession();
  const call = apiCaller(org);
  const send = (path: string, body: unknown) => call('POST', path, body, token);
  return { org, ids, send };
}

const query = (i: number) => ({ method: 'GET', url: `${v}${queryPath('SELECT Id FROM Account')}`, referenceId: `q${i}` });
const read = (i: number, id: string) => ({ method: 'GET', url: `${v}/sobjects/Account/${id}`, referenceId: `r${i}` });
const opportunity = (i: number) => ({ attributes: { type: 'Opportunity' }, Name: `O${i}`, StageName: 'Prospecting', CloseDate: '2011-09-30' });
const collection = (i: number, n = 1) => ({ method: 'POST', url: `${v}/composite/sobjects`, referenceId: `c${i}`, body: { allOrNone: true, records: Array.from({ length: n }, (_, k) => opportunity(k)) } });

/** The single LIMIT_EXCEEDED result Salesforce answers for a composite request past a limit. */
const limitExceeded = { compositeResponse: [{ body: [{ errorCode: 'LIMIT_EXCEEDED', message: expect.any(String) }], httpHeaders: {}, httpStatusCode: 400, referenceId: null }] };

describe('composite limits, as Salesforce enforces them', () => {
  it('runs 25 subrequests of which 5 are queries or collections', async () => {
    const { ids, send } = setup();
    const account = ids.accounts.get('12347')!;
    const subs = [query(1), query(2), query(3), collection(4), query(5), ...Array.from({ length: 20 }, (_, i) => read(i, account))];
    expect(subs).toHaveLength(COMPOSITE_LIMIT);
    const answer = await send('/composite', { compositeRequest: subs });
    expect(answer.status).toBe(200);
    expect(answer.body.compositeResponse.map((r: { httpStatusCode: number }) => r.httpStatusCode)).toEqual([200, 200, 200, 200, 200, ...Array(20).fill(200)]);
  });

  it('refuses a 26th subrequest, running none', async () => {
    const { org, ids, send } = setup();
    const subs = [collection(0), ...Array.from({ length: COMPOSITE_LIMIT }, (_, i) => read(i, ids.accounts.get('12347')!))];
    const answer = await send('/composite', { compositeRequest: subs });
    expect(answer.body).toEqual(limitExceeded);
    expect(answer.body.compositeResponse[0].body[0].message).toContain('25');
    expect(org.store.count('Opportunity')).toBe(0);
  });

  it(`refuses a sixth query or collection (queries, queryAll, next pages and collections count alike), running none`, async () => {
    const { org, send } = setup();
    const queryAll = { method: 'GET', url: `${v}/queryAll?q=SELECT+Id+FROM+Account`, referenceId: 'all' };
    const nextPage = { method: 'GET', url: `${v}/query/01g000000000000001-2000`, referenceId: 'next' };
    const six = [collection(1), query(2), queryAll, nextPage, query(5), query(6)];
    expect(six).toHaveLength(COMPOSITE_QUERY_LIMIT + 1);
    const answer = await send('/composite', { compositeRequest: six });
    expect(answer.body).toEqual(limitExceeded);
    expect(org.store.count('Opportunity')).toBe(0);
    // Five of them run.
    expect((await send('/composite', { compositeRequest: six.slice(0, 3).concat(query(7), query(8)) })).body.compositeResponse).toHaveLength(5);
  });

  it('refuses a collection of more than 200 records, alone or in a composite request', async () => {
    const { org, send } = setup();
    const records = Array.from({ length: COLLECTION_LIMIT + 1 }, (_, i) => opportunity(i));
    const direct = await send('/composite/sobjects', { allOrNone: false, records });
    expect(direct).toEqual({ status: 400, body: [{ errorCode: 'EXCEEDED_ID_LIMIT', message: 'record limit reached. cannot submit more than 200 records into this call', fields: [] }] });
    const inside = await send('/composite', { compositeRequest: [collection(1, COLLECTION_LIMIT + 1)] });
    expect(inside.body.compositeResponse[0]).toMatchObject({ httpStatusCode: 400, body: [{ errorCode: 'EXCEEDED_ID_LIMIT' }] });
    expect(org.store.count('Opportunity')).toBe(0);
    expect((await send('/composite/sobjects', { allOrNone: true, records: records.slice(1) })).status).toBe(200);
    expect(org.store.count('Opportunity')).toBe(COLLECTION_LIMIT);
  });
});
