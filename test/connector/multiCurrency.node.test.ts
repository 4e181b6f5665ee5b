import { describe, expect, it } from 'vitest';
import { createSalesforceConnector, type ProposalToSave } from '../../connector/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import { useFakeOrg } from '../support/useFakeOrg.js';

const multi = useFakeOrg(() => {}, { multiCurrency: true });

const connector = () => createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: multi.token, retry: { sleep: async () => {} } });

/** ACME's proposal of two products, as the widget sends it. */
function proposal(): ProposalToSave {
  const line = (code: string) => ({ productId: multi.ids.products.get(code)!, kind: 'habitual' as const, outcome: 'accepted' as const, proposedQuantity: 2, quantity: 2, proposedPrice: 2, price: 2, probability: 0.5, reason: 'ordered often', priceSteps: [] });
  return { proposalId: 'prop-multi-0001', accountId: multi.ids.accounts.get('12347')!, status: 'accepted', segment: 'active', engineVersion: 'test', day: '2011-09-01', lines: [line('85099B'), line('22423')] };
}

const written = () => ['Opportunity', 'OpportunityLineItem', 'OO_Proposal__c', 'OO_ProposalLine__c'].map((o) => multi.org.store.count(o));

describe('an org with several currencies', () => {
  it('creates the Opportunity in the account’s currency with the price-book entries of that currency', async () => {
    const { store } = multi.org;
    const acme = multi.ids.accounts.get('12347')!;
    store.update('Account', acme, { CurrencyIsoCode: 'EUR' });
    const euro = new Map(['85099B', '22423'].map((code) => [code, store.create('PricebookEntry', { Pricebook2Id: multi.ids.standardPricebook, Product2Id: multi.ids.products.get(code)!, UnitPrice: 3, IsActive: true, CurrencyIsoCode: 'EUR' }).Id] as const));
    const saved = await connector().saveProposal(proposal());
    expect(store.get(saved.opportunityId!)).toMatchObject({ CurrencyIsoCode: 'EUR' });
    const items = [...store.records('OpportunityLineItem')].filter((r) => r.OpportunityId === saved.opportunityId);
    expect(items.map((r) => r.PricebookEntryId)).toEqual([euro.get('85099B'), euro.get('22423')]);
  });

  it('names the product that has no entry in the Opportunity’s currency, and writes nothing', async () => {
    multi.org.store.update('Account', multi.ids.accounts.get('12347')!, { CurrencyIsoCode: 'USD' });
    const error = await connector().saveProposal(proposal()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MISSING_PRICEBOOK_ENTRY', details: { record: multi.ids.products.get('85099B') } });
    expect((error as Error).message).toContain('in USD');
    expect(written()).toEqual([0, 0, 0, 0]);
  });
});
