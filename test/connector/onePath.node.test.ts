import { describe, expect, it } from 'vitest';
import { orderFromAccountView } from '../../connector/index.js';
import { decodePreparedModel, parseDateTime } from '../../engine/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import { openAccount, type ModelCache } from '../../widget/worker/openAccount.js';
import { proposalToSave } from '../../widget/worker/proposalToSave.js';
import type { AccountPage, PageLine } from '../../widget/worker/EngineApi.js';
import { runCommand } from '../support/runCommand.js';
import { twoMoreBuyers } from '../support/twoMoreBuyers.js';
import { useFakeOrg } from '../support/useFakeOrg.js';
import { connectorAs, MODEL_AS_OF, pinPreparedModel } from './pinModel.js';

const fake = useFakeOrg();

/** `recommend --org` for an account, as a rep runs it: the order it prints. */
async function cliOrder(accountId: string, token = fake.org.issueSession(fake.users.rep)) {
  const run = await runCommand('recommend', '--org', FAKE_INSTANCE_URL, '--account', accountId, '--token', token, '--as-of', MODEL_AS_OF);
  expect(run.code, run.stderr).toBe(0);
  return { order: JSON.parse(run.stdout) as { customerId: string; segment: string; items: unknown[] }, stderr: run.stderr };
}

/** The worker's account page for the same account, through the same connector calls. */
function workerPage(accountId: string, userId = fake.users.rep): Promise<AccountPage> {
  const cache: ModelCache = { current: null };
  return openAccount(connectorAs(fake, userId), cache, accountId, MODEL_AS_OF, 'en');
}

/** A page line as the engine's order line (the page adds the Product2 id, name, sparkline and cost), through JSON as the CLI prints it. */
const asOrderLine = ({ product2Id: _p, name: _n, history: _h, unitCost: _c, ...line }: PageLine) => JSON.parse(JSON.stringify(line)) as unknown;

describe('one path from an account view to its order', () => {
  it('gives the CLI and the worker the same order, for an account with orders and for one with none', async () => {
    twoMoreBuyers(fake);
    await pinPreparedModel(fake);
    const newShop = fake.org.store.create('Account', { Name: 'Brand New Shop', OwnerId: fake.users.rep }).Id;
    for (const accountId of [fake.ids.accounts.get('12347')!, newShop]) {
      const { order } = await cliOrder(accountId);
      const page = await workerPage(accountId);
      expect(order.items.length).toBeGreaterThan(0);
      expect(page.lines.map(asOrderLine)).toEqual(order.items);
      expect(page.segment?.code ?? 'new').toBe(order.segment);
      for (const line of page.lines) expect(line.product2Id).toMatch(/^01t\w{12,15}$/);
    }
    const fresh = await workerPage(newShop);
    expect(fresh).toMatchObject({ newCustomer: true, segment: null, orders: 0, usual: null });
    expect((await cliOrder(newShop)).stderr).toContain('has no order yet: the new-customer order');
  });

  it('skips a bad rule and a bad promotion: the order is made, the page lists them for the admin, the CLI says so', async () => {
    await pinPreparedModel(fake);
    const acme = fake.ids.accounts.get('12347')!;
    const before = await workerPage(acme);
    fake.org.store.create('OO_BusinessRule__mdt', { DeveloperName: 'Push_bunting', MasterLabel: 'push bunting', OO_Section__c: 'productPriorities', OO_Definition__c: '{"productId": "47566", "weight": 50}', OO_Active__c: true });
    fake.org.store.create('OO_Promotion__c', { Name: 'Cake stands for free', OO_ProductCodes__c: '22423', OO_DiscountPercent__c: 100, OO_ValidFrom__c: '2011-06-01', OO_ValidTo__c: '2011-07-31' });
    const page = await workerPage(acme, fake.users.rep);
    expect(page.lines).toEqual(before.lines);
    expect(page.ignored).toEqual([
      { kind: 'rule', name: 'push bunting', field: 'OO_Definition__c › weight', problem: expect.stringContaining('at most 10, got 50'), where: expect.stringContaining('Business Rule') },
      { kind: 'promotion', name: 'Cake stands for free', field: 'OO_DiscountPercent__c', problem: expect.stringContaining('100'), where: expect.stringContaining('Promotions') },
    ]);
    const { stderr } = await cliOrder(acme);
    expect(stderr).toContain('ignored rule "push bunting": OO_Definition__c › weight');
    expect(stderr).toContain('ignored promotion "Cake stands for free": OO_DiscountPercent__c');
  });

  it('shows the proposal accepted today, who accepted it and its Opportunity, to whoever reopens the account and may see it', async () => {
    await pinPreparedModel(fake);
    const acme = fake.ids.accounts.get('12347')!;
    const rep = connectorAs(fake, fake.users.rep);
    const page = await workerPage(acme, fake.users.rep);
    expect(page.acceptedToday).toBeNull();
    const saved = await rep.saveProposal(proposalToSave({ proposalId: 'oo-accepted-today-1', accountId: acme, asOf: page.asOf, segment: page.segment!.code, status: 'accepted', lines: page.lines.map((l) => ({ ...l, proposedQuantity: l.quantity, proposedPrice: l.price.value, price: l.price.value, priceQuote: l.price, removed: null })) }));
    // The rep who accepted it, and the manager (who sees every proposal).
    for (const user of [fake.users.rep, fake.users.manager]) {
      const again = await workerPage(acme, user);
      expect(again.acceptedToday).toEqual({ proposalId: 'oo-accepted-today-1', acceptedAt: expect.any(String), acceptedBy: { id: fake.users.rep, name: 'Rita Rep' }, opportunityId: saved.opportunityId, acceptedValue: expect.any(Number) });
      expect(again.acceptedToday!.acceptedValue).toBeGreaterThan(0);
    }
    // The next day is another day: nothing accepted yet.
    const nextDay = await openAccount(rep, { current: null }, acme, '2011-07-02', 'en');
    expect(nextDay.acceptedToday).toBeNull();
    // Another rep does not see it (proposals are private to their rep)…
    expect((await workerPage(acme, fake.users.otherRep)).acceptedToday).toBeNull();
    // …but a second acceptance the same day is refused by the org all the same, naming the field.
    const second = await connectorAs(fake, fake.users.otherRep).saveProposal({ ...proposalToSave({ proposalId: 'oo-accepted-today-2', accountId: acme, asOf: page.asOf, segment: 'active', status: 'accepted', lines: [] }), lines: [{ productId: page.lines[0]!.product2Id!, kind: 'habitual', outcome: 'accepted', proposedQuantity: 1, quantity: 1, proposedPrice: 1, price: 1, probability: 0.5, reason: 'r', priceSteps: [] }] }).catch((e: unknown) => e);
    expect(second).toMatchObject({ code: 'ALREADY_ACCEPTED', details: { field: 'OO_AcceptedKey__c' } });
  });

  it('leaves out, and lists, a proposed product the org has no Product2 for', async () => {
    twoMoreBuyers(fake);
    const { text } = await pinPreparedModel(fake);
    const view = await connectorAs(fake).loadAccountView(fake.ids.accounts.get('12347')!, MODEL_AS_OF);
    const model = decodePreparedModel(text);
    const full = orderFromAccountView(view, model, parseDateTime(MODEL_AS_OF));
    // The model knows no Product2 for one product the account never bought (its ref is the product code, as `prepare` writes it then).
    const suggested = full.order.items.find((l) => !view.lines.some((x) => x.productCode === l.productId))!;
    expect(suggested).toBeDefined();
    model.productRefs = model.productRefs!.map((ref, p) => (model.productIds[p] === suggested.productId ? suggested.productId : ref));
    const found = orderFromAccountView(view, model, parseDateTime(MODEL_AS_OF));
    expect(found.unlinked).toEqual([{ productId: suggested.productId, name: expect.any(String) }]);
    expect(found.order.items.map((l) => l.productId)).toEqual(full.order.items.map((l) => l.productId).filter((id) => id !== suggested.productId));
  });

  it('learns nothing from an order line without a Product2 and without a code: no product "null" is proposed', async () => {
    await pinPreparedModel(fake);
    const acme = fake.ids.accounts.get('12347')!;
    const order = [...fake.org.store.records('Order')].find((o) => o.AccountId === acme)!;
    fake.org.store.create('OrderItem', { OrderId: order.Id, PricebookEntryId: fake.ids.entries.get('22423')!, Quantity: 5, UnitPrice: 1 });
    const view = await connectorAs(fake, fake.users.rep).loadAccountView(acme, MODEL_AS_OF);
    expect(view.lines.some((l) => l.productId === '' && l.productCode === null)).toBe(true);
    const page = await workerPage(acme);
    expect(page.lines.length).toBeGreaterThan(0);
    for (const line of page.lines) expect(line.productId).not.toMatch(/^(null|)$/);
  });
});
