import { describe, expect, it } from 'vitest';
import { apiCaller } from './apiCaller.js';
import { FakeOrg } from './FakeOrg.js';
import { seedOrg, smallSeed } from './seed/index.js';

function setup(multiCurrency: boolean) {
  const org = new FakeOrg({ multiCurrency });
  const ids = seedOrg(org.store, smallSeed());
  const token = org.issueSession();
  const call = apiCaller(org);
  const post = (path: string, body: unknown) => call('POST', path, body, token);
  const opportunity = async (fields: Record<string, unknown> = {}) =>
    (await post('/sobjects/Opportunity', { Name: 'O', StageName: 'Prospecting', CloseDate: '2011-09-30', Pricebook2Id: ids.standardPricebook, ...fields })).body.id as string;
  return { org, ids, call, token, post, opportunity };
}

describe('multi-currency orgs', () => {
  it('have CurrencyIsoCode on the objects with amounts (in describe too), the corporate currency by default', async () => {
    const { org, ids, call, token, opportunity } = setup(true);
    const fields = (await call('GET', '/sobjects/Opportunity/describe', undefined, token)).body.fields.map((f: { name: string }) => f.name);
    expect(fields).toContain('CurrencyIsoCode');
    expect(org.store.get(ids.entries.get('85099B')!)!.CurrencyIsoCode).toBe('GBP');
    expect(org.store.get(await opportunity())!.CurrencyIsoCode).toBe('GBP');
    expect(org.store.get(await opportunity({ CurrencyIsoCode: 'EUR' }))!.CurrencyIsoCode).toBe('EUR');
  });

  it('refuse an inactive currency code, and a line item priced in another currency than its Opportunity', async () => {
    const { org, ids, post, opportunity } = setup(true);
    expect((await post('/sobjects/Opportunity', { Name: 'O', StageName: 'S', CloseDate: '2011-09-30', CurrencyIsoCode: 'XYZ' })).body[0]).toMatchObject({ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['CurrencyIsoCode'] });
    const euros = await opportunity({ CurrencyIsoCode: 'EUR' });
    const gbpEntry = ids.entries.get('85099B')!;
    const line = (opportunityId: string, entry: string) => post('/sobjects/OpportunityLineItem', { OpportunityId: opportunityId, PricebookEntryId: entry, Quantity: 1, UnitPrice: 2 });
    expect((await line(euros, gbpEntry)).body).toEqual([
      { errorCode: 'FIELD_INTEGRITY_EXCEPTION', message: 'field integrity exception: PricebookEntryId (pricebook entry currency code does not match opportunity currency code)', fields: ['PricebookEntryId'] },
    ]);
    const euroEntry = org.store.create('PricebookEntry', { Pricebook2Id: ids.standardPricebook, Product2Id: ids.products.get('85099B'), UnitPrice: 2.4, IsActive: true, CurrencyIsoCode: 'EUR' }).Id;
    const made = await line(euros, euroEntry);
    expect(made.status).toBe(201);
    // The line's currency is its Opportunity's, never written.
    expect(org.store.get(made.body.id)!.CurrencyIsoCode).toBe('EUR');
    expect((await post('/sobjects/OpportunityLineItem', { OpportunityId: euros, PricebookEntryId: euroEntry, Quantity: 1, UnitPrice: 2, CurrencyIsoCode: 'GBP' })).body[0].errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
  });

  it('single-currency orgs have no CurrencyIsoCode field at all', async () => {
    const { call, token, post } = setup(false);
    const fields = (await call('GET', '/sobjects/Opportunity/describe', undefined, token)).body.fields.map((f: { name: string }) => f.name);
    expect(fields).not.toContain('CurrencyIsoCode');
    expect((await post('/sobjects/Opportunity', { Name: 'O', StageName: 'S', CloseDate: '2011-09-30', CurrencyIsoCode: 'GBP' })).body[0]).toMatchObject({ errorCode: 'INVALID_FIELD', fields: ['CurrencyIsoCode'] });
  });

  it('refuse a line item whose entry is in another price book than its Opportunity’s', async () => {
    const { org, ids, post, opportunity } = setup(false);
    const other = org.store.create('Pricebook2', { Name: 'Wholesale', IsActive: true }).Id;
    const entry = org.store.create('PricebookEntry', { Pricebook2Id: other, Product2Id: ids.products.get('85099B'), UnitPrice: 1.5, IsActive: true }).Id;
    const refused = await post('/sobjects/OpportunityLineItem', { OpportunityId: await opportunity(), PricebookEntryId: entry, Quantity: 1, UnitPrice: 2 });
    expect(refused.body[0]).toMatchObject({ errorCode: 'FIELD_INTEGRITY_EXCEPTION', fields: ['PricebookEntryId'] });
  });

  it('let a query see the standard price book’s active flag', async () => {
    const { org, ids, call, token } = setup(false);
    org.store.update('Pricebook2', ids.standardPricebook, { IsActive: false });
    const found = await call('GET', `/query?q=${encodeURIComponent('SELECT Id, IsActive FROM Pricebook2 WHERE IsStandard = true')}`, undefined, token);
    expect(found.body.records[0]).toMatchObject({ Id: ids.standardPricebook, IsActive: false });
  });
});
