import { describe, expect, it } from 'vitest';
import { PACKAGE_OBJECTS, type ProposalToSave } from '../../connector/index.js';
import { controlGroup } from '../../engine/index.js';
import type { FakeOrg, SeedIds } from '../../fake-org/index.js';
import { impactView } from '../../widget/worker/impactView.js';
import { connectorAs } from '../connector/pinModel.js';
import { useFakeOrg } from '../support/useFakeOrg.js';
import { runQuery } from '../../fake-org/soql/index.js';

let clock = Date.UTC(2011, 6, 5, 10);
const SHARE = 0.5;
/** Accounts with a known monthly revenue: the same each month before July, 20 % more in July and August when treated. */
const BASE = Array.from({ length: 40 }, (_, i) => ({ number: `90${String(i).padStart(3, '0')}`, monthly: 100 + 37 * i }));
const MONTHS = ['2011-01', '2011-02', '2011-03', '2011-04', '2011-05', '2011-06', '2011-07', '2011-08'];

/** The accounts and their orders (one line of JUMBO BAG a month), as the org's system makes them. */
function seedRevenue(org: FakeOrg, ids: SeedIds) {
  const { store } = org;
  for (const a of BASE) {
    const id = store.create('Account', { Name: `Shop ${a.number}`, AccountNumber: a.number }).Id;
    ids.accounts.set(a.number, id);
    for (const month of MONTHS) {
      const uplift = month >= '2011-07' && !controlGroup(id, month, SHARE) ? 1.2 : 1;
      const order = store.create('Order', { AccountId: id, Pricebook2Id: ids.standardPricebook, EffectiveDate: `${month}-15`, Status: 'Activated', Name: `${a.number}-${month}` });
      store.create('OrderItem', { OrderId: order.Id, Product2Id: ids.products.get('85099B')!, PricebookEntryId: ids.entries.get('85099B')!, Quantity: 1, UnitPrice: a.monthly * uplift });
    }
  }
  store.create('OO_EngineSetting__mdt', { DeveloperName: 'Default', MasterLabel: 'Default', OO_ControlShare__c: SHARE }, { asSystem: true });
}

const fake = useFakeOrg(seedRevenue, { clock: () => clock });

function proposal(id: string, account: string, status: 'accepted' | 'declined', day: string): ProposalToSave {
  const line = (code: string, kind: 'habitual' | 'extension', outcome: 'accepted' | 'rejected') => ({ productId: fake.ids.products.get(code)!, kind, outcome, proposedQuantity: 4, quantity: 4, proposedPrice: 10, price: 10, probability: 0.5, reason: 'ordered often', priceSteps: [], ...(outcome === 'rejected' ? { rejectionReason: 'too-expensive' } : {}) });
  return { proposalId: id, accountId: fake.ids.accounts.get(account)!, status, segment: 'active', engineVersion: 'test', day, ...(status === 'declined' ? { rejectionReason: 'closed' } : {}), lines: [line('85099B', 'habitual', status === 'accepted' ? 'accepted' : 'rejected'), line('22423', 'extension', 'rejected')] };
}

/** Writes the outcome step's fields on a proposal's line of a product (what helper G's step does nightly). */
function ordered(proposalId: string, productCode: string, quantity: number, value: number) {
  const L = PACKAGE_OBJECTS.proposalLine;
  const P = PACKAGE_OBJECTS.proposal;
  const { store } = fake.org;
  const log = store.findByExternalId(P.object, P.externalId, proposalId)!;
  const product = fake.ids.products.get(productCode)!;
  const [line] = runQuery(store, `SELECT Id FROM ${L.object} WHERE ${L.proposal} = '${log.Id}' AND ${L.product} = '${product}'`).records as { Id: string }[];
  store.update(L.object, line!.Id, { [L.ordered]: true, [L.orderedQuantity]: quantity, [L.orderedValue]: value });
}

describe('impact for managers (the connector’s read, the worker’s figures)', () => {
  it('counts outcomes, conversion and value captured by section and rep, filters by rep and team, and finds the planted uplift against the control group', async () => {
    const { store } = fake.org;
    store.update('User', fake.users.rep, { ManagerId: fake.users.manager });
    const rep = connectorAs(fake, fake.users.rep);
    await rep.saveProposal(proposal('p-july-accepted', '12347', 'accepted', '2011-07-05'));
    await rep.saveProposal(proposal('p-july-declined', '12348', 'declined', '2011-07-05'));
    await rep.logControlVisit({ accountId: fake.ids.accounts.get('12349')!, day: '2011-07-05', engineVersion: 'test' });
    clock = Date.UTC(2011, 7, 3, 9);
    await connectorAs(fake, fake.users.otherRep).saveProposal(proposal('p-august-other', '12347', 'accepted', '2011-08-03'));
    ordered('p-july-accepted', '85099B', 5, 52.5);
    ordered('p-august-other', '85099B', 4, 40);

    const data = await connectorAs(fake, fake.users.manager).loadImpactData({ from: '2011-07', to: '2011-08' });
    expect(data.months).toEqual(['2011-07', '2011-08']);
    expect(data.revenue.map((r) => r.month)).toEqual(MONTHS);
    expect(data.controlShare).toBe(SHARE);
    const all = impactView(data, { from: '2011-07', to: '2011-08' }, 'en');
    expect(all.total).toMatchObject({ proposals: 3, lines: 6, linesOrdered: 2, byStatus: { accepted: 2, declined: 1, 'not-reached': 0, 'call-back': 0 } });
    expect(all.total!.conversion).toBeCloseTo(2 / 6);
    expect(all.total!.capturedValue).toBeCloseTo(92.5);
    expect(all.total!.bySection.habitual).toMatchObject({ lines: 3, linesOrdered: 2 });
    expect(all.total!.bySection.extension).toMatchObject({ lines: 3, linesOrdered: 0, acceptedValue: 0 });
    // Accepted value: the kept habitual lines of the two accepted proposals (4 × 10 each).
    expect(all.total!.acceptedValue).toBeCloseTo(80);
    expect(all.trend.map((r) => [r.period, r.proposals])).toEqual([['2011-07', 2], ['2011-08', 1]]);
    expect(all.byRep.map((r) => [r.group, r.proposals, r.linesOrdered]).sort()).toEqual([[fake.users.otherRep, 1, 1], [fake.users.rep, 2, 1]].sort());
    expect(all.teams).toEqual([{ id: fake.users.manager, name: 'Mona Manager' }]);
    expect(all.proposals[0]!.lines.map((l) => [l.kind, l.orderedQuantity, l.removed])).toEqual([['habitual', 4, false], ['extension', null, true]]);

    const team = impactView(data, { from: '2011-07', to: '2011-08', teamId: fake.users.manager }, 'en');
    expect(team.total!.proposals).toBe(2);
    const other = impactView(data, { from: '2011-07', to: '2011-08', repId: fake.users.otherRep }, 'en');
    expect(other.total).toMatchObject({ proposals: 1, capturedValue: 40 });

    // July had a comparison group (a control visit was logged); August did not.
    expect(all.upliftMonths).toEqual(['2011-07']);
    const treated = [...fake.ids.accounts.values()].filter((id) => !controlGroup(id, '2011-07', SHARE)).length;
    expect(all.uplift!.treated + all.uplift!.control).toBe(fake.ids.accounts.size);
    expect(all.uplift!.treated).toBe(treated);
    expect(all.uplift!.estimate).toBeCloseTo(0.2, 1);
    expect(all.uplift!.ci95[0]).toBeLessThan(all.uplift!.estimate);
    expect(all.uplift!.ci95[0]).toBeGreaterThan(0);
    expect(all.verdict).toMatch(/real/);
  });

  it('refuses a bad month and a range over two years, naming the filter', async () => {
    const manager = connectorAs(fake, fake.users.manager);
    await expect(manager.loadImpactData({ from: '2011-13', to: '2011-08' })).rejects.toThrow(/from: '2011-13' is not a YYYY-MM month/);
    await expect(manager.loadImpactData({ from: '2009-01', to: '2011-08' })).rejects.toThrow(/at most 24 months/);
  });
});
