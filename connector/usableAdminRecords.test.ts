import { describe, expect, it } from 'vitest';
import { usableAdminRecords } from './usableAdminRecords.js';
import type { PromotionRecord, RuleRecord } from './rulesFromRecords.js';

const rule = (MasterLabel: string, OO_Section__c: string, definition: object | string): RuleRecord => ({ MasterLabel, OO_Section__c, OO_Definition__c: typeof definition === 'string' ? definition : JSON.stringify(definition) });
const promotion = (Name: string, over: Partial<PromotionRecord> = {}): PromotionRecord => ({ Name, OO_ProductCodes__c: '22423', OO_ProductGroup__c: null, OO_DiscountPercent__c: 10, OO_ValidFrom__c: '2011-09-01', OO_ValidTo__c: '2011-09-30', OO_Segments__c: null, OO_MinQuantity__c: null, ...over });

describe('usableAdminRecords', () => {
  it('keeps every good record and lists none when all are good', () => {
    const usable = usableAdminRecords([rule('cake stand first', 'productPriorities', { productId: '22423', weight: 1.2 })], [promotion('Autumn')]);
    expect(usable.rules.productPriorities).toHaveLength(1);
    expect(usable.promotions.map((p) => p.name)).toEqual(['Autumn']);
    expect(usable.ignored).toEqual([]);
  });

  it('drops the record the engine names when two clash, keeping the other: a product both must-sell and excluded, a name used twice', () => {
    const conflict = usableAdminRecords([rule('starter', 'mustSell', { segment: 'new', productIds: ['22423'] }), rule('no cake stands', 'excludedProducts', { productIds: ['22423'] })], []);
    expect(conflict.rules.excludedProducts?.map((r) => r.name)).toEqual(['no cake stands']);
    expect(conflict.rules.mustSell ?? []).toEqual([]);
    expect(conflict.ignored).toEqual([expect.objectContaining({ kind: 'rule', name: 'starter', field: 'OO_Definition__c › productIds', problem: 'product 22423 is excluded by rule "no cake stands"' })]);

    const twice = usableAdminRecords([], [promotion('Autumn'), promotion('Autumn', { OO_DiscountPercent__c: 20 })]);
    expect(twice.promotions.map((p) => p.discountPercent)).toEqual([10]);
    expect(twice.ignored).toEqual([expect.objectContaining({ kind: 'promotion', name: 'Autumn', field: 'Name', problem: expect.stringContaining('already used') })]);
  });

  it('names the field an admin edits, and what is wrong', () => {
    const usable = usableAdminRecords([rule('win-back', 'clientRules', { appliesTo: 'lost', discountPercent: 5 })], [promotion('Group and codes', { OO_ProductGroup__c: '850', OO_ValidTo__c: '2011-13-01' })]);
    expect(usable.ignored).toEqual([
      { kind: 'rule', name: 'win-back', field: 'OO_Definition__c › appliesTo', problem: expect.stringContaining('"lost"'), where: expect.stringContaining('"win-back"') },
      { kind: 'promotion', name: 'Group and codes', field: 'OO_ValidTo__c', problem: expect.stringContaining('2011-13-01'), where: expect.stringContaining('"Group and codes"') },
    ]);
  });
});
