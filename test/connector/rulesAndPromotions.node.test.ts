import { describe, expect, it } from 'vitest';
import { createSalesforceConnector } from '../../connector/index.js';
import { parsePromotions, parseRules } from '../../engine/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import { useFakeOrg } from '../support/useFakeOrg.js';

const fake = useFakeOrg((org) => {
  const rule = (MasterLabel: string, OO_Section__c: string, definition: object, OO_Active__c = true) =>
    org.store.create('OO_BusinessRule__mdt', { DeveloperName: MasterLabel.replace(/\W+/g, '_'), MasterLabel, OO_Section__c, OO_Definition__c: JSON.stringify(definition), OO_Active__c });
  rule('high-margin cake stand', 'productPriorities', { productId: '22423', weight: 1.2 });
  rule('starter assortment', 'mustSell', { segment: 'new', productIds: ['85099B', '47566'] });
  rule('win-back', 'clientRules', { appliesTo: 'win-back', discountPercent: 5, offer: '5 % off this month' });
  rule('thresholds', 'novelty', { minProbability: 0.2, minExpectedValue: 3, maxPerProposal: 2 });
  rule('old rule', 'excludedProducts', { productIds: ['22423'] }, false);
  const promotion = (Name: string, from: string, to: string, extra: object) =>
    org.store.create('OO_Promotion__c', { Name, OO_DiscountPercent__c: 10, OO_ValidFrom__c: from, OO_ValidTo__c: to, ...extra });
  promotion('Jumbo bag autumn', '2011-09-01', '2011-10-31', { OO_ProductGroup__c: '85099', OO_MinQuantity__c: 10 });
  promotion('Come back: cake stand', '2011-09-01', '2011-09-30', { OO_ProductCodes__c: '22423', OO_Segments__c: 'at-risk;lapsed' });
  promotion('Summer bunting', '2011-06-01', '2011-08-31', { OO_ProductCodes__c: '47566, 23298' });
});

const connector = () => createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: fake.token, retry: { sleep: async () => {} } });

describe('loading rules and promotions', () => {
  it('reads the active rules and the promotions valid on the day, validated, in one request', async () => {
    const c = connector();
    const { rules, promotions } = await c.loadRulesAndPromotions('2011-09-15');
    expect(rules).toEqual(
      parseRules({
        productPriorities: [{ name: 'high-margin cake stand', productId: '22423', weight: 1.2 }],
        mustSell: [{ name: 'starter assortment', segment: 'new', productIds: ['85099B', '47566'] }],
        clientRules: [{ name: 'win-back', appliesTo: 'win-back', discountPercent: 5, offer: '5 % off this month' }],
        novelty: { minProbability: 0.2, minExpectedValue: 3, maxPerProposal: 2 },
      }),
    );
    expect(promotions).toEqual(
      parsePromotions([
        { name: 'Come back: cake stand', productIds: ['22423'], discountPercent: 10, validFrom: '2011-09-01', validTo: '2011-09-30', segments: ['at-risk', 'lapsed'] },
        { name: 'Jumbo bag autumn', group: '85099', discountPercent: 10, validFrom: '2011-09-01', validTo: '2011-10-31', minQuantity: 10 },
      ]),
    );
    expect(c.requestCount).toBe(1);
    expect(fake.org.requests.map((r) => r.method + ' ' + r.path)).toEqual(['POST /composite']);
  });

  it('takes the novelty thresholds from the engine settings when no novelty rule sets them, and the horizon', async () => {
    fake.org.store.create('OO_EngineSetting__mdt', { DeveloperName: 'Default', MasterLabel: 'Default', OO_Currency__c: 'GBP', OO_MinProbability__c: 0.3, OO_MinExpectedValue__c: 5, OO_MaxNovelties__c: 1, OO_HorizonDays__c: 30 });
    // The novelty rule of the setup wins over the settings…
    const read = await connector().loadRulesAndPromotions('2011-09-15');
    expect(read.rules.novelty).toEqual({ minProbability: 0.2, minExpectedValue: 3, maxPerProposal: 2 });
    expect(read.horizonDays).toBe(30);
    // …and without it, the settings apply.
    const rule = [...fake.org.store.records('OO_BusinessRule__mdt')].find((r) => r.MasterLabel === 'thresholds')!;
    fake.org.store.update('OO_BusinessRule__mdt', rule.Id, { OO_Active__c: false });
    expect((await connector().loadRulesAndPromotions('2011-09-15')).rules.novelty).toEqual({ minProbability: 0.3, minExpectedValue: 5, maxPerProposal: 1 });
  });

  it('leaves out a rule or promotion the engine refuses, naming it, the field and why; the others still apply', async () => {
    const good = await connector().loadRulesAndPromotions('2011-09-15');
    expect(good.ignored).toEqual([]);
    fake.org.store.create('OO_BusinessRule__mdt', { DeveloperName: 'bad', MasterLabel: 'push bunting', OO_Section__c: 'productPriorities', OO_Definition__c: '{"productId": "47566", "weight": -1}', OO_Active__c: true });
    fake.org.store.create('OO_BusinessRule__mdt', { DeveloperName: 'worse', MasterLabel: 'broken json', OO_Section__c: 'mustSell', OO_Definition__c: '{segment: new', OO_Active__c: true });
    fake.org.store.create('OO_Promotion__c', { Name: 'Half off everything', OO_ProductCodes__c: '22423', OO_DiscountPercent__c: 150, OO_ValidFrom__c: '2011-09-01', OO_ValidTo__c: '2011-09-30' });
    // A second promotion with a name already used: the later one is left out, the first stays.
    fake.org.store.create('OO_Promotion__c', { Name: 'Jumbo bag autumn', OO_ProductCodes__c: '85099B', OO_DiscountPercent__c: 5, OO_ValidFrom__c: '2011-09-02', OO_ValidTo__c: '2011-09-30' });
    const read = await connector().loadRulesAndPromotions('2011-09-15');
    expect(read.rules).toEqual(good.rules);
    expect(read.promotions).toEqual(good.promotions);
    expect(read.ignored).toEqual([
      // Rules come by section (mustSell before productPriorities), then by name.
      { kind: 'rule', name: 'broken json', field: 'OO_Definition__c', problem: expect.stringMatching(/not JSON/), where: expect.stringContaining('Business Rule') },
      { kind: 'rule', name: 'push bunting', field: 'OO_Definition__c › weight', problem: expect.stringMatching(/weight must be .*got -1/), where: expect.stringContaining('"push bunting"') },
      { kind: 'promotion', name: 'Half off everything', field: 'OO_DiscountPercent__c', problem: expect.stringMatching(/discountPercent .*150/), where: expect.stringContaining('"Half off everything"') },
      { kind: 'promotion', name: 'Jumbo bag autumn', field: 'Name', problem: expect.stringMatching(/already used/), where: expect.any(String) },
    ]);
  });

  it('leaves out the engine settings\' novelty thresholds when the engine refuses them', async () => {
    const rule = [...fake.org.store.records('OO_BusinessRule__mdt')].find((r) => r.MasterLabel === 'thresholds')!;
    fake.org.store.update('OO_BusinessRule__mdt', rule.Id, { OO_Active__c: false });
    fake.org.store.create('OO_EngineSetting__mdt', { DeveloperName: 'Default', MasterLabel: 'Default', OO_MinProbability__c: 2, OO_MinExpectedValue__c: 5, OO_MaxNovelties__c: 1 });
    const read = await connector().loadRulesAndPromotions('2011-09-15');
    expect(read.rules.novelty).toBeUndefined();
    expect(read.ignored).toEqual([{ kind: 'setting', name: 'Default', field: 'OO_MinProbability__c', problem: expect.stringMatching(/minProbability must be/), where: expect.stringContaining('Engine Setting') }]);
  });
});
