import { describe, expect, it } from 'vitest';
import { ConnectorError, createSalesforceConnector, type ProposalLineToSave, type ProposalToSave } from '../../connector/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import { useFakeOrg, type FakeOrgFixture } from '../support/useFakeOrg.js';

const single = useFakeOrg();

function connector(fake: FakeOrgFixture) {
  return createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: fake.token, retry: { sleep: async () => {} } });
}

function line(fake: FakeOrgFixture, code: string, quantity = 2, outcome: ProposalLineToSave['outcome'] = 'accepted'): ProposalLineToSave {
  return { productId: fake.ids.products.get(code)!, kind: 'habitual', outcome, proposedQuantity: quantity, quantity, proposedPrice: 2, price: 2, probability: 0.5, reason: 'ordered often', priceSteps: [] };
}

function proposal(fake: FakeOrgFixture, over: Partial<ProposalToSave> = {}): ProposalToSave {
  return { proposalId: 'prop-save-0001', accountId: fake.ids.accounts.get('12347')!, status: 'accepted', segment: 'active', engineVersion: 'test', day: '2011-09-01', lines: [line(fake, '85099B'), line(fake, '22423')], ...over };
}

const written = (fake: FakeOrgFixture) => ['Opportunity', 'OpportunityLineItem', 'OO_Proposal__c', 'OO_ProposalLine__c'].map((o) => fake.org.store.count(o));

describe('the Opportunity follows the engine settings', () => {
  it('takes its stage, close date and name (with the account and the day) from OO_EngineSetting__mdt', async () => {
    single.org.store.create('OO_EngineSetting__mdt', { DeveloperName: 'Default', MasterLabel: 'Default', OO_OpportunityStage__c: 'Qualification', OO_CloseDateDays__c: 10, OO_OpportunityName__c: 'OO {date} · {account}' }, { asSystem: true });
    const saved = await connector(single).saveProposal(proposal(single));
    expect(single.org.store.get(saved.opportunityId!)).toMatchObject({ Name: 'OO 2011-09-01 · Acme Gifts Ltd', StageName: 'Qualification', CloseDate: '2011-09-11' });
  });

  it('leaves a single-currency org’s Opportunity without CurrencyIsoCode', async () => {
    const saved = await connector(single).saveProposal(proposal(single));
    expect(single.org.store.get(saved.opportunityId!)).toMatchObject({ Name: 'Acme Gifts Ltd – Optimal Order 2011-09-01' });
    expect(single.org.store.get(saved.opportunityId!)).not.toHaveProperty('CurrencyIsoCode');
  });

  it('refuses a day that is not one, before any request', async () => {
    const c = connector(single);
    await expect(c.saveProposal(proposal(single, { day: '01/09/2011' }))).rejects.toMatchObject({ code: 'INVALID_PROPOSAL', details: { field: 'day' } });
    expect(c.requestCount).toBe(0);
  });
});

describe('the standard price book', () => {
  it('says, for the admin, that it is inactive, and writes nothing', async () => {
    single.org.store.update('Pricebook2', single.ids.standardPricebook, { IsActive: false });
    const error = await connector(single).saveProposal(proposal(single)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PRICEBOOK_INACTIVE', details: { record: single.ids.standardPricebook, field: 'IsActive' } });
    expect((error as Error).message).toMatch(/standard price book .* is not active: an administrator activates it/);
    expect(written(single)).toEqual([0, 0, 0, 0]);
  });

  it('says so when the price book asked for does not exist', async () => {
    const missing = '01s000000000zzzAAA';
    await expect(connector(single).saveProposal(proposal(single, { pricebookId: missing }))).rejects.toMatchObject({ code: 'NOT_FOUND', details: { record: missing, field: 'Pricebook2Id' } });
    expect(written(single)).toEqual([0, 0, 0, 0]);
  });
});

describe('a long proposal within the Composite limits', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => line(single, i % 2 ? '85099B' : '22423', 1 + (i % 5)));

  it('writes 250 lines as collections of at most 200, in one request, all or none', async () => {
    const c = connector(single);
    const saved = await c.saveProposal(proposal(single, { lines: many(250) }));
    expect(single.org.store.count('OpportunityLineItem')).toBe(250);
    expect([...single.org.store.records('OO_ProposalLine__c')].filter((r) => r.OO_Proposal__c === saved.proposalRecordId)).toHaveLength(250);
    expect(single.org.requests.filter((r) => r.method === 'POST')).toHaveLength(2); // the read, the one write
  });

  it('leaves nothing behind when a line of the second collection fails, and names it', async () => {
    const lines = many(250);
    lines[230] = line(single, '22386', 7);
    single.org.store.validationRules.push((type, r) => (type === 'OpportunityLineItem' && r.PricebookEntryId === single.ids.entries.get('22386') ? 'Pink polka dot bags are discontinued' : null));
    const error = await connector(single).saveProposal(proposal(single, { lines })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', details: { record: `Opportunity line item for product ${single.ids.products.get('22386')}` } });
    expect(written(single)).toEqual([0, 0, 0, 0]);
  });

  it('refuses, before any request, a proposal that needs more than 5 collections, naming the limit', async () => {
    const c = connector(single);
    const error = await c.saveProposal(proposal(single, { lines: many(401) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ code: 'PROPOSAL_TOO_LARGE', details: { field: 'lines' } });
    expect((error as Error).message).toMatch(/401 lines \(401 ordered\) need 6 collections of at most 200 records.*at most 5/);
    expect(c.requestCount).toBe(0);
  });
});
