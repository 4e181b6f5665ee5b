import { describe, expect, it } from 'vitest';
import { COMPOSITE_LIMITS, orderFromAccountView } from '../../connector/index.js';
import { decodePreparedModel, parseDateTime } from '../../engine/index.js';
import { seedOrg, type SeedLine } from '../../fake-org/index.js';
import { useFakeOrg } from '../support/useFakeOrg.js';
import { connectorAs, MODEL_AS_OF, pinPreparedModel } from './pinModel.js';

const fake = useFakeOrg();
const AS_OF = parseDateTime(MODEL_AS_OF);

/** The subrequests of each Composite request sent, as msw saw them. */
function compositeBodies(): { method: string; url: string; referenceId: string }[][] {
  const bodies: { method: string; url: string; referenceId: string }[][] = [];
  fake.server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/composite')) void request.clone().json().then((b: { compositeRequest: never[] }) => bodies.push(b.compositeRequest));
  });
  return bodies;
}

describe('an account view', () => {
  it('reads account, lines, rules, promotions and the model in ⌈lines/2000⌉ + 1 requests; a later view skips the known model', async () => {
    const { text, versionId } = await pinPreparedModel(fake);
    const sent = compositeBodies();
    const c = connectorAs(fake, fake.users.rep);
    const view = await c.loadAccountView(fake.ids.accounts.get('12347')!, '2011-07-01');
    expect(view.account).toMatchObject({ name: 'Acme Gifts Ltd', accountNumber: '12347' });
    expect(view.lines).toHaveLength(28);
    expect(view.model).toEqual({ versionId, createdDate: expect.any(String), text });
    expect(c.requestCount).toBe(1 + 1); // the Composite read, the model's bytes
    const path = (r: { method: string; path: string }) => `${r.method} ${r.path.replace(/\/services\/data\/v[\d.]+/, '')}`;
    expect(fake.org.requests.slice(-2).map(path)).toEqual(['POST /composite', `GET /sobjects/ContentVersion/${versionId}/VersionData`]);
    // Within Salesforce's limit: 5 queries, the account read as a record.
    const [subrequests] = sent;
    expect(subrequests!.filter((s) => /\/query\?/.test(s.url))).toHaveLength(COMPOSITE_LIMITS.queriesOrCollections);
    expect(subrequests!.find((s) => s.referenceId === 'account')!.url).toMatch(/\/sobjects\/Account\/001\w+\?fields=Id,Name,AccountNumber,BillingCountry$/);

    const later = await c.loadAccountView(fake.ids.accounts.get('12347')!, '2011-07-01', versionId);
    expect(later.model).toEqual({ versionId, createdDate: view.model!.createdDate, text: null });
    expect(c.requestCount).toBe(2 + 1);
  });

  it('reads the lines of a large account across pages: 5,000 lines in ⌈5000/2000⌉ + 1 requests', async () => {
    const lines: SeedLine[] = [];
    for (let o = 0; o < 500; o++) {
      for (let i = 0; i < 10; i++) lines.push({ accountNumber: 'BIG', accountName: 'Big Buyer', country: 'UK', orderName: `B${o}`, orderDate: new Date(Date.UTC(2010, 0, 1 + o)).toISOString().slice(0, 10), productCode: `P${i}`, productName: `Product ${i}`, quantity: 1 + i, unitPrice: 1 });
    }
    const big = seedOrg(fake.org.store, lines);
    await pinPreparedModel(fake);
    const c = connectorAs(fake, fake.users.rep);
    const view = await c.loadAccountView(big.accounts.get('BIG')!, '2011-07-01');
    expect(view.lines).toHaveLength(5000);
    expect(c.requestCount).toBe(Math.ceil(5000 / 2000) + 1);
  });

  it('proposes from the view what the engine fitted on the whole org proposes, with Product2 ids for every line', async () => {
    const { history, full } = await pinPreparedModel(fake);
    const view = await connectorAs(fake, fake.users.rep).loadAccountView(fake.ids.accounts.get('12347')!, '2011-07-01');
    const model = decodePreparedModel(view.model!.text!);
    const { order, product2Id } = orderFromAccountView(view, model, AS_OF);
    expect(order).toEqual(full.propose(history.customerIndex.get(fake.ids.accounts.get('12347')!)!));
    for (const line of order!.items) expect(product2Id(line.productId)).toBe(fake.ids.products.get(line.productId));
  });

  it('refuses an id that is not one before any request, and names an account it cannot see', async () => {
    const c = connectorAs(fake);
    await expect(c.loadAccountView('Acme', '2011-07-01')).rejects.toMatchObject({ code: 'INVALID_ID', details: { record: 'Acme', field: 'Account.Id' } });
    expect(c.requestCount).toBe(0);
    await expect(c.loadAccountView('001000000000zzzAAA', '2011-07-01')).rejects.toMatchObject({ code: 'NOT_FOUND', details: { record: '001000000000zzzAAA' } });
  });
});
