/**
 * The loop closes in the org (issue 14): proposals saved through the connector, then the
 * account's orders, then the outcome step, give each proposed line what was ordered after it
 * within the horizon, and a second run writes nothing; `prepare --org` folds the log into the
 * accounts' insights, so a novelty the rep rejected is not proposed again on the next view.
 */
import { describe, expect, it } from 'vitest';
import { PACKAGE_OBJECTS, type ProposalLineToSave, type ProposalToSave } from '../../connector/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import { connectorAs } from '../connector/pinModel.js';
import { runCommand } from '../support/runCommand.js';
import { useFakeOrg, type FakeOrgFixture } from '../support/useFakeOrg.js';

let clock = Date.UTC(2011, 6, 5, 10);
const fake = useFakeOrg(() => {}, { clock: () => clock });
const L = PACKAGE_OBJECTS.proposalLine;
const P = PACKAGE_OBJECTS.proposal;

function line(code: string, quantity: number, outcome: ProposalLineToSave['outcome'] = 'accepted', kind: ProposalLineToSave['kind'] = 'habitual'): ProposalLineToSave {
  return { productId: fake.ids.products.get(code)!, kind, outcome, proposedQuantity: quantity, quantity, proposedPrice: 2, price: 2, probability: 0.5, reason: 'ordered often', priceSteps: [], ...(outcome === 'rejected' ? { rejectionReason: 'not-needed' } : {}) };
}

function proposal(proposalId: string, day: string, lines: ProposalLineToSave[]): ProposalToSave {
  return { proposalId, accountId: fake.ids.accounts.get('12347')!, status: 'accepted', segment: 'active', engineVersion: 'test', day, lines };
}

/** An order of the account on a day, its lines (product code, quantity, unit price) as the org holds them. */
function order(f: FakeOrgFixture, account: string, day: string, lines: [string, number, number][]): void {
  const { store } = f.org;
  const id = store.create('Order', { AccountId: account, Pricebook2Id: f.ids.standardPricebook, EffectiveDate: day, Status: 'Activated', Name: `order ${day}` }).Id;
  for (const [code, quantity, price] of lines) store.create('OrderItem', { OrderId: id, Product2Id: f.ids.products.get(code)!, PricebookEntryId: f.ids.entries.get(code)!, Quantity: quantity, UnitPrice: price });
}

/** The outcome fields of the proposal's lines by product code, and of the proposal. */
function stored(proposalRecordId: string) {
  const { store } = fake.org;
  const codes = new Map([...fake.ids.products].map(([code, id]) => [id, code] as const));
  const lines = [...store.records(L.object)].filter((r) => r[L.proposal] === proposalRecordId);
  return {
    lines: Object.fromEntries(lines.map((r) => [codes.get(String(r[L.product]).slice(0, 15)) ?? codes.get(String(r[L.product])), [r[L.ordered] === true, r[L.orderedQuantity] ?? null, r[L.orderedValue] ?? null]])),
    proposal: [store.get(proposalRecordId)![P.linesOrdered], store.get(proposalRecordId)![P.conversion], store.get(proposalRecordId)![P.orderedValue]],
  };
}

describe('the outcome step in the org', () => {
  it('writes what the account ordered after the proposal within the horizon; a second run changes nothing and sends no write', async () => {
    const acme = fake.ids.accounts.get('12347')!;
    const saved = await connectorAs(fake, fake.users.rep).saveProposal(proposal('prop-outcome-1', '2011-07-05', [line('85099B', 2), line('22423', 2), line('47566', 1, 'rejected', 'development')]));
    // Within the 62-day horizon: 85099B twice (4 + 1), and a product not proposed; 22423 only after the horizon.
    order(fake, acme, '2011-07-10', [['85099B', 4, 2.5], ['84879', 1, 3]]);
    order(fake, acme, '2011-08-20', [['85099B', 1, 2.5]]);
    order(fake, acme, '2011-10-01', [['22423', 9, 1]]);
    const integration = connectorAs(fake, fake.users.integration);
    const asOf = Date.UTC(2011, 9, 2);
    const first = await integration.updateOutcomes({ horizonDays: 62, asOf });
    // Three reads (proposals, their lines, the account's orders since) and one Composite write.
    expect(integration.requestCount).toBe(4);
    expect(first).toMatchObject({ proposals: 1, lines: 3, linesChanged: 1, proposalsChanged: 1, written: { updated: 2, failed: [], via: 'composite' } });
    expect(stored(saved.proposalRecordId)).toEqual({
      lines: { '85099B': [true, 5, 12.5], '22423': [false, null, null], '47566': [false, null, null] },
      proposal: [1, 33.33, 12.5],
    });

    const before = fake.org.requests.length;
    const second = await integration.updateOutcomes({ horizonDays: 62, asOf });
    expect(second).toMatchObject({ linesChanged: 0, proposalsChanged: 0, written: { updated: 0, via: 'none' } });
    expect(fake.org.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(integration.requestCount).toBe(7);

    // A later order within the horizon changes that line and the proposal, and only them.
    order(fake, acme, '2011-08-01', [['22423', 3, 2]]);
    const third = await integration.updateOutcomes({ horizonDays: 62, asOf });
    expect(third).toMatchObject({ linesChanged: 1, proposalsChanged: 1, written: { updated: 2 } });
    expect(stored(saved.proposalRecordId)).toMatchObject({ lines: { '22423': [true, 3, 6] }, proposal: [2, 66.67, 18.5] });
  });

  it('writes the same values by Bulk API 2.0 above the threshold', async () => {
    const acme = fake.ids.accounts.get('12347')!;
    const saved = await connectorAs(fake, fake.users.rep).saveProposal(proposal('prop-outcome-bulk', '2011-07-05', [line('85099B', 2), line('22423', 2)]));
    order(fake, acme, '2011-07-10', [['85099B', 4, 2.5], ['22423', 1, 2]]);
    const integration = connectorAs(fake, fake.users.integration);
    const run = await integration.updateOutcomes({ horizonDays: 62, asOf: Date.UTC(2011, 7, 1), bulkThreshold: 1 });
    expect(run.written).toEqual({ updated: 3, failed: [], via: 'bulk' });
    expect(stored(saved.proposalRecordId)).toEqual({ lines: { '85099B': [true, 4, 10], '22423': [true, 1, 2] }, proposal: [2, 100, 12] });
    expect((await integration.updateOutcomes({ horizonDays: 62, asOf: Date.UTC(2011, 7, 1), bulkThreshold: 1 })).written.via).toBe('none');
  });

  it('optimal-order outcomes --org: the horizon from the engine settings, the counts printed, nothing written the second time', async () => {
    const acme = fake.ids.accounts.get('12347')!;
    fake.org.store.create('OO_EngineSetting__mdt', { DeveloperName: 'Default', MasterLabel: 'Default', OO_HorizonDays__c: 10 }, { asSystem: true });
    const saved = await connectorAs(fake, fake.users.rep).saveProposal(proposal('prop-outcome-cli', '2011-07-05', [line('85099B', 2), line('22423', 2)]));
    // 85099B within the 10 days the org sets, 22423 after them.
    order(fake, acme, '2011-07-10', [['85099B', 4, 2.5]]);
    order(fake, acme, '2011-07-20', [['22423', 1, 2]]);
    const outcomes = () => runCommand('outcomes', '--org', FAKE_INSTANCE_URL, '--token', fake.org.issueSession(fake.users.integration), '--as-of', '2011-08-01');
    const first = await outcomes();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('horizon 10 days');
    expect(first.stdout).toBe('outcomes: 1 proposals with 2 lines read; 1 lines and 1 proposals changed, 2 records updated (Composite requests)\n');
    expect(stored(saved.proposalRecordId)).toEqual({ lines: { '85099B': [true, 4, 10], '22423': [false, null, null] }, proposal: [1, 50, 10] });
    expect((await outcomes()).stdout).toBe('outcomes: 1 proposals with 2 lines read; 0 lines and 0 proposals changed, nothing changed\n');
  });

  it('gives an order to the latest proposal before it: two proposals of the account, one order each', async () => {
    const acme = fake.ids.accounts.get('12347')!;
    const rep = connectorAs(fake, fake.users.rep);
    const early = await rep.saveProposal({ ...proposal('prop-early', '2011-07-05', [line('85099B', 2)]), status: 'call-back', rejectionReason: 'next week' });
    clock = Date.UTC(2011, 6, 12, 10);
    const late = await rep.saveProposal(proposal('prop-late', '2011-07-12', [line('85099B', 3)]));
    order(fake, acme, '2011-07-08', [['85099B', 2, 2]]);
    order(fake, acme, '2011-07-14', [['85099B', 3, 2]]);
    await connectorAs(fake, fake.users.integration).updateOutcomes({ horizonDays: 62, asOf: Date.UTC(2011, 7, 1) });
    expect(stored(early.proposalRecordId).lines['85099B']).toEqual([true, 2, 4]);
    expect(stored(late.proposalRecordId).lines['85099B']).toEqual([true, 3, 6]);
    clock = Date.UTC(2011, 6, 5, 10);
  });

  it('names each record the org refuses (the manager reads every proposal but may not edit the log); another rep sees none of them', async () => {
    const saved = await connectorAs(fake, fake.users.rep).saveProposal(proposal('prop-outcome-2', '2011-07-05', [line('85099B', 2)]));
    order(fake, fake.ids.accounts.get('12347')!, '2011-07-10', [['85099B', 4, 2.5]]);
    // The other rep does not see the rep's proposal (the log is private): nothing to write.
    expect(await connectorAs(fake, fake.users.otherRep).updateOutcomes({ horizonDays: 62, asOf: Date.UTC(2011, 7, 1) })).toMatchObject({ proposals: 0, written: { via: 'none' } });
    // The manager sees every proposal but may not edit the log.
    const manager = await connectorAs(fake, fake.users.manager).updateOutcomes({ horizonDays: 62, asOf: Date.UTC(2011, 7, 1) });
    expect(manager.written.updated).toBe(0);
    expect(manager.written.failed.map((f) => [f.object, f.id])).toContainEqual([P.object, saved.proposalRecordId]);
    expect(manager.written.failed[0]!.errorCode).toMatch(/INSUFFICIENT_ACCESS|ENTITY_IS_LOCKED|CANNOT_UPDATE/);
  });
});
