import type { Connection } from 'jsforce';
import HttpApi from 'jsforce/lib/http-api.js';
import { describe, expect, it } from 'vitest';
import { bulkJobs } from './bulkJobs.js';
import { FAKE_API_VERSION } from './FakeOrg.js';
import { connectAs, rawCall, useBulkTestOrg } from './bulkTestOrg.js';

const t = useBulkTestOrg();
type Line = { Id: string; Quantity: number; UnitPrice: number; Product2: { ProductCode: string }; Order: { Account: { Name: string } } };
const LINES = 'SELECT Id, Quantity, UnitPrice, Product2.ProductCode, Order.Account.Name FROM OrderItem';

/** jsforce's `bulk2.query` (one results page: jsforce 3.10 cannot stream several, see jsforce#1546), as records of strings. */
async function bulkQuery(conn: Connection, soql: string): Promise<Record<string, string>[]> {
  const stream = await conn.bulk2.query(soql);
  const rows: Record<string, string>[] = [];
  await new Promise((resolve, reject) => stream.on('record', (r: Record<string, string>) => rows.push(r)).on('end', resolve).on('error', reject));
  return rows;
}

/** A query job made and polled to completion through the raw API, by the administrator; its id. */
async function completedJob(soql: string): Promise<string> {
  const made = await rawCall(t.org, t.token, 'POST', '/jobs/query', JSON.stringify({ operation: 'query', query: soql }));
  expect(made.body).toMatchObject({ state: 'UploadComplete', operation: 'query', object: 'OrderItem', apiVersion: Number(FAKE_API_VERSION) });
  const states = [];
  for (let i = 0; i < 2; i++) states.push((await rawCall(t.org, t.token, 'GET', `/jobs/query/${made.body.id}`)).body.state);
  expect(states).toEqual(['InProgress', 'JobComplete']);
  return made.body.id;
}

describe('Bulk API 2.0 query jobs', () => {
  it('jsforce’s bulk2.query gets the rows the REST API gives for the same query, as CSV (parents flattened, quotes escaped)', async () => {
    const conn = connectAs(t.org);
    const rows = await bulkQuery(conn, LINES);
    const rest = (await conn.query(LINES)).records as unknown as Line[];
    expect(rows).toHaveLength(t.org.store.count('OrderItem'));
    expect(rows).toEqual(
      rest.map((r) => ({
        Id: r.Id,
        Quantity: String(r.Quantity),
        UnitPrice: String(r.UnitPrice),
        'Product2.ProductCode': r.Product2.ProductCode,
        'Order.Account.Name': r.Order.Account.Name,
      })),
    );
    expect(rows.some((r) => r['Order.Account.Name'] === 'Bright & "Shiny" Co')).toBe(true);
    // The job was polled until complete: at least two polls of its state.
    const polls = t.org.requests.filter((r) => r.method === 'GET' && /^\/jobs\/query\/750\w+$/.test(r.path));
    expect(polls.length).toBeGreaterThanOrEqual(2);
  });

  it('reads a result larger than maxRecords page by page through Sforce-Locator, every row once, until the locator is null', async () => {
    const id = await completedJob(LINES);
    const total = t.org.store.count('OrderItem');
    const seen: string[] = [];
    const sizes: number[] = [];
    let locator: string | null = '';
    while (locator !== 'null') {
      const page = await rawCall(t.org, t.token, 'GET', `/jobs/query/${id}/results?maxRecords=7${locator ? `&locator=${locator}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/csv');
      const [header, ...lines] = (page.body as string).trimEnd().split('\n');
      expect(header).toBe('"Id","Quantity","UnitPrice","Product2.ProductCode","Order.Account.Name"');
      expect(Number(page.headers.get('Sforce-NumberOfRecords'))).toBe(lines.length);
      sizes.push(lines.length);
      seen.push(...lines.map((l) => l.slice(1, 19)));
      locator = page.headers.get('Sforce-Locator');
    }
    expect(sizes).toEqual([...Array(Math.floor(total / 7)).fill(7), ...(total % 7 ? [total % 7] : [])]);
    expect(seen.sort()).toEqual([...t.org.store.records('OrderItem')].map((r) => r.Id).sort());
    // Without maxRecords, the org's page size applies; a locator can be read again while the job exists.
    bulkJobs(t.org).queryPageSize = 40;
    const first = await rawCall(t.org, t.token, 'GET', `/jobs/query/${id}/results`);
    expect(first.headers.get('Sforce-NumberOfRecords')).toBe('40');
    const next = first.headers.get('Sforce-Locator')!;
    const again = [await rawCall(t.org, t.token, 'GET', `/jobs/query/${id}/results?locator=${next}`), await rawCall(t.org, t.token, 'GET', `/jobs/query/${id}/results?locator=${next}`)];
    expect(again[0]!.body).toBe(again[1]!.body);
    expect(again[0]!.headers.get('Sforce-NumberOfRecords')).toBe(String(total - 40));
    expect(again[0]!.headers.get('Sforce-Locator')).toBe('null');
    expect((await rawCall(t.org, t.token, 'GET', `/jobs/query/${id}/results?locator=bm9wZQ`)).body[0].errorCode).toBe('INVALID_QUERY_LOCATOR');
  });

  it('jsforce reads a result of several pages through its HttpApi, following Sforce-Locator (what bulk2.query cannot: jsforce#1546)', async () => {
    const conn = connectAs(t.org);
    const job = await conn.request<{ id: string }>({ method: 'POST', url: '/jobs/query', body: JSON.stringify({ operation: 'query', query: LINES }), headers: { 'content-type': 'application/json' } });
    while ((await conn.request<{ state: string }>(`/jobs/query/${job.id}`)).state !== 'JobComplete');
    const rows: Record<string, string>[] = [];
    let locator: string | undefined;
    do {
      const api = new HttpApi(conn, { responseType: 'text/csv' });
      api.on('response', (response: { headers: Record<string, string> }) => (locator = response.headers['sforce-locator']));
      const query = `maxRecords=10${locator ? `&locator=${locator}` : ''}`;
      rows.push(...(await api.request<Record<string, string>[]>({ method: 'GET', url: `${conn.instanceUrl}/services/data/v${FAKE_API_VERSION}/jobs/query/${job.id}/results?${query}`, headers: { Accept: 'text/csv' } })));
    } while (locator !== 'null');
    expect(rows.map((r) => r.Id)).toEqual([...t.org.store.records('OrderItem')].map((r) => r.Id));
    expect(rows.every((r) => r['Product2.ProductCode'] && r['Order.Account.Name'])).toBe(true);
  });

  it('runs as the job’s user: a rep reads only the proposals sharing lets it see', async () => {
    const { org, ids, users } = t;
    const propose = (userId: string, key: string) => org.asUser(userId, () => org.store.create('OO_Proposal__c', { OO_ExternalId__c: key, OO_Account__c: ids.accounts.get('12347'), OO_Status__c: 'accepted' }).Id);
    const mine = propose(users.rep, 'p-rita');
    propose(users.otherRep, 'p-omar');
    const rows = await bulkQuery(connectAs(org, users.rep), 'SELECT Id, OO_ExternalId__c FROM OO_Proposal__c');
    expect(rows).toEqual([{ Id: mine, OO_ExternalId__c: 'p-rita' }]);
    expect(await bulkQuery(connectAs(org, users.manager), 'SELECT Id FROM OO_Proposal__c')).toHaveLength(2);
  });

  it('refuses at once what Bulk API 2.0 does not run and SOQL the org cannot read; a job is the user’s own', async () => {
    const refused = async (query: string) => (await rawCall(t.org, t.token, 'POST', '/jobs/query', JSON.stringify({ operation: 'query', query }))).body[0];
    expect(await refused('SELECT COUNT() FROM OrderItem')).toMatchObject({ errorCode: 'FEATURENOTENABLED' });
    expect(await refused('SELECT Product2Id, SUM(Quantity) FROM OrderItem GROUP BY Product2Id')).toMatchObject({ errorCode: 'FEATURENOTENABLED' });
    expect(await refused('SELECT Id, (SELECT Id FROM OrderItems) FROM Order')).toMatchObject({ errorCode: 'FEATURENOTENABLED' });
    expect(await refused('SELECT Colour__c FROM OrderItem')).toMatchObject({ errorCode: 'INVALID_FIELD' });
    expect(await refused('SELECT Id FROM')).toMatchObject({ errorCode: 'MALFORMED_QUERY' });
    const id = await completedJob('SELECT Id FROM OrderItem');
    const rep = t.org.issueSession(t.users.rep);
    expect(await rawCall(t.org, rep, 'GET', `/jobs/query/${id}`)).toMatchObject({ status: 404, body: [{ errorCode: 'NOT_FOUND' }] });
    expect((await rawCall(t.org, t.token, 'DELETE', `/jobs/query/${id}`)).status).toBe(204);
    expect((await rawCall(t.org, t.token, 'GET', `/jobs/query/${id}/results`)).status).toBe(404);
  });
});
