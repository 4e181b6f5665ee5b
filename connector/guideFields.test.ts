import { describe, expect, it } from 'vitest';
import { guideFields, PRICE_FIELD } from './guideFields.js';

const described = [
  { name: 'Family', type: 'picklist' },
  { name: 'Colour__c', type: 'string' },
  { name: 'Pack_Size__c', type: 'double' },
];

describe('guideFields', () => {
  it('keeps the fields describe lists, spelt as describe spells them, and the price book price', () => {
    const mapped = guideFields(
      [
        { attribute: 'type', field: 'family', kind: 'category' },
        { attribute: 'pack', field: 'Pack_Size__c', kind: 'number' },
        { attribute: 'price', field: 'pricebookentry.unitprice', kind: 'number' },
      ],
      ['type', 'pack', 'price'],
      described,
    );
    expect([...mapped.fields]).toEqual([['type', 'Family'], ['pack', 'Pack_Size__c'], ['price', PRICE_FIELD]]);
    expect(mapped.ignored).toEqual([]);
  });

  it('ignores an unknown field, or a number on a text field, naming the record', () => {
    const mapped = guideFields(
      [
        { attribute: 'colour', field: 'Color__c', kind: 'category' },
        { attribute: 'size', field: 'Colour__c', kind: 'number' },
        { attribute: 'theme', field: 'Id, (SELECT Id FROM Orders)', kind: 'category' },
      ],
      ['Colour_map', 'Size_map', 'Theme_map'],
      described,
    );
    expect(mapped.fields.size).toBe(0);
    expect(mapped.unknown).toEqual(['colour', 'size', 'theme']);
    expect(mapped.ignored.map((r) => [r.name, r.field, r.problem])).toEqual([
      ['Colour_map', 'OO_Field__c', 'Product2 has no field "Color__c" that this user can read'],
      ['Size_map', 'OO_Field__c', 'Product2.Colour__c is a string field, not a number'],
      ['Theme_map', 'OO_Field__c', 'Product2 has no field "Id, (SELECT Id FROM Orders)" that this user can read'],
    ]);
  });
});
