/**
 * Guided selling's data read from the org (issue 15): the questionnaire's custom metadata records
 * and the mapped Product2 fields of active price book products, as a rep reads them, in one
 * Composite request plus the entries' pages; a mapped field Product2 does not have is an ignored
 * record naming the metadata record and field, and never reaches a query.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCatalog, guideProducts, parseQuestionnaire, questionnaireFromRecords } from '../../engine/index.js';
import { seedGuide, seedOrg, type SeedLine } from '../../fake-org/index.js';
import { connectorAs } from '../connector/pinModel.js';
import { useFakeOrg } from '../support/useFakeOrg.js';

const example = parseQuestionnaire(JSON.parse(readFileSync('examples/questionnaire.online-retail.json', 'utf8')));
const fake = useFakeOrg((org) => void seedGuide(org.store, example));
const decoded = (path: string) => decodeURIComponent(path.replace(/\+/g, ' '));

describe('loading guided selling from the org', () => {
  it('reads the example questionnaire back from its records, and each product with its mapped fields and price book price, in 2 requests', async () => {
    const c = connectorAs(fake, fake.users.rep);
    const data = await c.loadGuideData();
    expect(data.ignored).toEqual([]);
    const questionnaire = questionnaireFromRecords(data.attributes, data.questions, data.options);
    expect(questionnaire.questions).toEqual(example.questions);
    const bag = data.products.find((p) => p.productId === '85099B')!;
    expect(bag).toMatchObject({ name: 'JUMBO BAG RED RETROSPOT', product2Id: fake.ids.products.get('85099B'), pricebookEntryId: fake.ids.entries.get('85099B'), attributes: { colour: 'red', type: expect.any(String) } });
    const entry = fake.org.store.get(fake.ids.entries.get('85099B')!)!;
    expect(bag.price).toBe(entry.UnitPrice);
    expect(bag.attributes.price).toBe(entry.UnitPrice);
    expect(data.products.map((p) => p.productId).sort()).toEqual([...fake.ids.products.keys()].sort());
    expect(c.requestCount).toBe(2);
    const [composite, entries] = fake.org.requests.slice(-2);
    expect(composite!.path).toBe('/composite');
    expect(decoded(entries!.path)).toContain('Product2.Colour__c');
    // The guide runs on what was read: a red bag first for "bags, red".
    const catalog = compileCatalog(data.products, questionnaire.attributes);
    const answer = guideProducts(catalog, questionnaire, { kind: 'bags', colour: 'red' });
    expect(answer.results[0]!.productId).toBe('85099B');
  });

  it('leaves out inactive products and entries outside the standard price book', async () => {
    const gone = fake.ids.products.get('47566')!;
    fake.org.store.update('Product2', gone, { IsActive: false });
    const data = await connectorAs(fake, fake.users.rep).loadGuideData();
    expect(data.products.map((p) => p.productId)).not.toContain('47566');
  });

  it('reads every page of a large price book: 4,500 products in ⌈4500/2000⌉ + 1 requests, each once', async () => {
    const lines: SeedLine[] = Array.from({ length: 4500 }, (_, i) => ({ accountNumber: 'BIG', accountName: 'Big', country: 'UK', orderName: `B${i % 50}`, orderDate: '2011-01-01', productCode: `P${i}`, productName: `RED BOX ${i}`, quantity: 1, unitPrice: 1 + (i % 7) }));
    seedOrg(fake.org.store, lines);
    const c = connectorAs(fake, fake.users.rep);
    const data = await c.loadGuideData();
    expect(new Set(data.products.map((p) => p.product2Id)).size).toBe(data.products.length);
    expect(data.products.length).toBeGreaterThanOrEqual(4500);
    expect(c.requestCount).toBe(Math.ceil(data.products.length / 2000) + 1);
  });

  it('ignores a mapped field Product2 does not have, naming the record and field; the attribute is unknown and no query names the field', async () => {
    const { store } = fake.org;
    const colour = [...store.records('OO_ProductAttribute__mdt')].find((r) => r.OO_Attribute__c === 'colour')!;
    store.update('OO_ProductAttribute__mdt', colour.Id, { OO_Field__c: 'Name FROM Account --' });
    const pack = [...store.records('OO_ProductAttribute__mdt')].find((r) => r.OO_Attribute__c === 'pack_size')!;
    store.update('OO_ProductAttribute__mdt', pack.Id, { OO_Field__c: 'Colour__c' });
    const data = await connectorAs(fake, fake.users.rep).loadGuideData();
    expect(data.ignored).toEqual([
      { kind: 'attribute', name: 'colour', field: 'OO_Field__c', problem: 'Product2 has no field "Name FROM Account --" that this user can read', where: expect.stringContaining('Product Attribute') },
      { kind: 'attribute', name: 'pack_size', field: 'OO_Field__c', problem: 'Product2.Colour__c is a string field, not a number', where: expect.stringContaining('pack_size') },
    ]);
    expect(data.products.every((p) => p.attributes.colour === null && p.attributes.pack_size === null)).toBe(true);
    expect(fake.org.requests.some((r) => decoded(r.path).includes('FROM Account --'))).toBe(false);
    // The questionnaire still works: colour cannot be told apart, so it is never the next question.
    const questionnaire = questionnaireFromRecords(data.attributes, data.questions, data.options);
    const answer = guideProducts(compileCatalog(data.products, questionnaire.attributes), questionnaire, { kind: 'bags' });
    expect(answer.nextQuestion).not.toBe('colour');
  });
});
