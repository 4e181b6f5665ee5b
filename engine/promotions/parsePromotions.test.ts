import { describe, expect, it } from 'vitest';
import { RuleError } from '../rules/index.js';
import { parsePromotions } from './parsePromotions.js';
import type { Promotion } from './Promotion.js';

function error(json: unknown): RuleError {
  try {
    parsePromotions(json);
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
}

const OK: Promotion[] = [
  { name: 'Lantern autumn', productIds: ['85123A'], discountPercent: 10, validFrom: '2011-09-01', validTo: '2011-10-31', segments: ['active'], minQuantity: 12 },
  { name: 'Jumbo bags', group: '85099', discountPercent: 7.5, validFrom: '2011-09-01', validTo: '2011-09-01' },
];

const promo = (over: object) => [{ name: 'P', productIds: ['1'], discountPercent: 10, validFrom: '2011-09-01', validTo: '2011-09-30', ...over }];

describe('parsePromotions', () => {
  it('returns valid promotions as given', () => {
    expect(parsePromotions(JSON.parse(JSON.stringify(OK)))).toEqual(OK);
    expect(parsePromotions([])).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    ['not an array', { name: 'P' }, 'WRONG_TYPE', 'promotion "promotions": promotions must be an array, got {"name":"P"}'],
    ['an entry not an object', [null], 'NOT_AN_OBJECT', 'promotion "promotions[0]": must be a JSON object, got null'],
    ['an unknown key', promo({ discount: 5 }), 'UNKNOWN_KEY', 'promotion "P": unknown field "discount" (expected name, productIds, group, discountPercent, validFrom, validTo, segments, minQuantity)'],
    ['neither products nor group', [{ name: 'P', discountPercent: 5 }], 'MISSING_FIELD', 'promotion "P": needs exactly one of productIds or group'],
    ['both products and group', promo({ group: '85099' }), 'CONFLICT', 'promotion "P": needs exactly one of productIds or group'],
    ['a discount of 0', promo({ discountPercent: 0 }), 'OUT_OF_RANGE', 'promotion "P": discountPercent must be more than 0 and less than 100, got 0'],
    ['a discount of 100', promo({ discountPercent: 100 }), 'OUT_OF_RANGE', 'promotion "P": discountPercent must be more than 0 and less than 100, got 100'],
    ['an impossible date', promo({ validTo: '2011-02-30' }), 'INVALID_DATE', 'promotion "P": validTo must be a date YYYY-MM-DD, got "2011-02-30"'],
    ['a date with a time', promo({ validFrom: '2011-09-01T00:00' }), 'INVALID_DATE', 'promotion "P": validFrom must be a date YYYY-MM-DD, got "2011-09-01T00:00"'],
    ['an end before the start', promo({ validTo: '2011-08-31' }), 'CONFLICT', 'promotion "P": validTo 2011-08-31 is before validFrom 2011-09-01'],
    ['an unknown segment', promo({ segments: ['gold'] }), 'UNKNOWN_VALUE', 'promotion "P": segments has unknown value "gold" (expected "new", "one-time", "active", "at-risk", "lapsed")'],
    ['a minimum quantity of 0', promo({ minQuantity: 0 }), 'OUT_OF_RANGE', 'promotion "P": minQuantity must be a whole number at least 1, got 0'],
    ['a duplicate name', [...promo({}), ...promo({})], 'DUPLICATE_NAME', 'promotion "P": name is already used by another promotion'],
  ])('rejects %s', (_, json, code, message) => {
    const e = error(json);
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
  });

  it('refuses promotions nested deeper than 32 levels, naming the promotion', () => {
    let deep: unknown = ['A'];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const e = error(promo({ productIds: deep }));
    expect(e.code).toBe('TOO_DEEP');
    expect(e.message).toMatch(/^promotion "promotions\[0\]": productIds(\[0\])+.*… nests deeper than 32 levels$/);
  });
});
