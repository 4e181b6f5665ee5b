import { describe, expect, it } from 'vitest';
import { createSalesforceConnector, historyFromOrgLines, MODEL_FILE, orderFromAccountView } from '../../connector/index.js';
import { decodePreparedModel, encodePreparedModel, fitOptimalOrder, parseDateTime } from '../../engine/index.js';
import { FAKE_INSTANCE_URL, seedOrg, type SeedLine } from '../../fake-org/index.js';
import { useFakeOrg } from '../support/useFakeOrg.js';

const fake = useFakeOrg();

const connector = () => createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: fake.token, retry: { sleep: async () => {} } });
const AS_OF = parseDateTime('2011-07-01');

/** Prepares a model over the whole small org and stores it there, as `optimal-order prepare` does. */
async function storeModel() {
  const admin = connector();
  const { history, product2Ids } = historyFromOrgLines(await admin.loadAllOrderLines());
  const full = fitOptimalOrder(history, AS_OF);
  const model = full.prepare();
  model.productRefs = model.productIds.map((id) => product2Ids.get(id)!);
  const text = encodePreparedModel(model);
  const { versionId } = await admin.saveModel(text, 'test model');
  return { history, full, model, text, versionId };
}

describe('an account view', () => {
  it('reads account, lines, rules, promotions and the model in ⌈lines/2000⌉ + 1 requests; a later view skips the known model', async () => {
    const { text, versionId } = await storeModel();
    const c = connector();
    const view = await c.loadAccountView(fake.ids.accounts.get('12347')!, '2011-07-01');
    expect(view.account).toMatchObject({ name: 'Acme Gifts Ltd', accountNumber: '12347' });
    expect(view.lines).toHaveLength(28);
    expect(view.model).toEqual({ versionId, createdDate: expect.any(String), text });
    expect(c.requestCount).toBe(1 + 1); // the Composite read, the model's bytes
    const path = (r: { method: string; path: string }) => `${r.method} ${r.path.replace(/\/services\/data\/v[\d.]+/, '')}`;
    expect(fake.org.requests.slice(-2).map(path)).toEqual(['POST /composite', `GET /sobjects/ContentVersion/${versionId}/VersionData`]);

    const later = await c.loadAccountView(fake.ids.accounts.get('12347')!, '2011-07-01', versionId);
    expect(later.model).toEqual({ versionId, createdDate: view.model!.createdDate, text: null });
    expect(c.requestCount).toBe(2 + 1);
  });

  it('has no model before one is prepared; a second prepare becomes the latest version of the same file', async () => {
    const c = connector();
    expect((await c.loadAccountView(fake.ids.accounts.get('12347')!, '2011-07-01')).model).toBeNull();
    const first = await storeModel();
    const second = await storeModel();
    expect(second.versionId).not.toBe(first.versionId);
    expect((await c.loadAccountView(fake.ids.accounts.get('12347')!, '2011-07-01')).model?.versionId).toBe(second.versionId);
    expect(fake.org.store.count('ContentDocument')).toBe(1);
    const versions = [...fake.org.store.records('ContentVersion')];
    expect(versions.map((v) => [v.Title, v.IsLatest])).toEqual([
      [MODEL_FILE.title, false],
      [MODEL_FILE.title, true],
    ]);
  });

  it('reads the lines of a large account across pages: 5,000 lines in ⌈5000/2000⌉ + 1 requests', async () => {
    const lines: SeedLine[] = [];
    for (let o = 0; o < 500; o++) {
      for (let i = 0; i < 10; i++) lines.push({ accountNumber: 'BIG', accountName: 'Big Buyer', country: 'UK', orderName: `B${o}`, orderDate: new Date(Date.UTC(2010, 0, 1 + o)).toISOString().slice(0, 10), productCode: `P${i}`, productName: `Product ${i}`, quantity: 1 + i, unitPrice: 1 });
    }
    const big = seedOrg(fake.org.store, lines);
    await storeModel();
    const c = connector();
    const view = await c.loadAccountView(big.accounts.get('BIG')!, '2011-07-01');
    expect(view.lines).toHaveLength(5000);
    expect(c.requestCount).toBe(Math.ceil(5000 / 2000) + 1);
  });

  it('proposes from the view what the engine fitted on the whole org proposes, with Product2 ids for every line', async () => {
    const { history, full } = await storeModel();
    const view = await connector().loadAccountView(fake.ids.accounts.get('12347')!, '2011-07-01');
    const model = decodePreparedModel(view.model!.text!);
    const { order, product2Id } = orderFromAccountView(view, model, AS_OF);
    expect(order).toEqual(full.propose(history.customerIndex.get(fake.ids.accounts.get('12347')!)!));
    for (const line of order!.items) expect(product2Id(line.productId)).toBe(fake.ids.products.get(line.productId));
  });

  it('refuses an id that is not one before any request, and names an account it cannot see', async () => {
    const c = connector();
    await expect(c.loadAccountView('Acme', '2011-07-01')).rejects.toMatchObject({ code: 'INVALID_ID', details: { record: 'Acme', field: 'Account.Id' } });
    expect(c.requestCount).toBe(0);
    await expect(c.loadAccountView('001000000000zzzAAA', '2011-07-01')).rejects.toMatchObject({ code: 'NOT_FOUND', details: { record: '001000000000zzzAAA' } });
  });
});
