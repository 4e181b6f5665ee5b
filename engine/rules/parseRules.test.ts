import { describe, expect, it } from 'vitest';
import type { BusinessRules } from './BusinessRules.js';
import { parseRules } from './parseRules.js';
import { RuleError } from './RuleError.js';

/** The RuleError `parseRules(json)` throws (fails the test if it throws nothing or something else). */
function error(json: unknown): RuleError {
  try {
    parseRules(json);
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
}

const ALL: BusinessRules = {
  productPriorities: [{ name: 'push lantern', productId: '85123A', weight: 1.5 }],
  promotedProducts: [{ name: 'autumn range', productIds: ['23203', '23209'] }],
  mustSell: [{ name: 'starter kit', segment: 'new', productIds: ['22423', '85099B'] }],
  excludedProducts: [{ name: 'discontinued', productIds: ['21733'] }],
  clientRules: [
    { name: 'win-back discount', appliesTo: 'win-back', discountPercent: 5, offer: '5 % off your next order', maxNovelties: 1 },
    { name: 'welcome', appliesTo: 'new' },
  ],
  priceRules: [
    { name: 'rising demand', kind: 'raise', percent: 3, when: { demand: 'rising' } },
    { name: 'stimulate', kind: 'lower', percent: 4, when: { demand: 'falling', lineKinds: ['habitual'], segments: ['at-risk', 'lapsed'] } },
    { name: 'floor lantern', kind: 'min', value: 2.2, when: { productIds: ['85123A'] } },
    { name: 'cap lantern', kind: 'max', value: 3.5, when: { productIds: ['85123A'] } },
    { name: 'margin', kind: 'minMargin', percentOfBase: 90 },
  ],
  novelty: { minProbability: 0.15, minExpectedValue: 10, maxPerProposal: 2 },
};

describe('parseRules', () => {
  it('returns valid rules as given, every section and rule kind', () => {
    expect(parseRules(JSON.parse(JSON.stringify(ALL)))).toEqual(ALL);
    expect(parseRules({})).toEqual({});
  });

  it('throws a real Error with the code, the rule and the field', () => {
    const e = error({ clientRules: [{ name: 'win-back discount', appliesTo: 'win-back', discountPercent: 150 }] });
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({ name: 'RuleError', code: 'OUT_OF_RANGE', rule: 'win-back discount', field: 'discountPercent' });
    expect(e.message).toBe('rule "win-back discount": discountPercent must be at least 0 and less than 100, got 150');
  });

  // One case per kind of mistake: [what, rules, code, message].
  it.each<[string, unknown, string, string]>([
    ['not an object', [1], 'NOT_AN_OBJECT', 'rule "rules": must be a JSON object, got [1]'],
    ['an unknown section', { priceRule: [] }, 'UNKNOWN_KEY', 'rule "rules": unknown field "priceRule" (expected productPriorities, promotedProducts, mustSell, excludedProducts, clientRules, priceRules, novelty)'],
    ['a section not an array', { excludedProducts: { name: 'x' } }, 'WRONG_TYPE', 'rule "rules": excludedProducts must be an array of rules, got {"name":"x"}'],
    ['a rule not an object', { excludedProducts: ['21733'] }, 'NOT_AN_OBJECT', 'rule "excludedProducts[0]": must be a JSON object, got "21733"'],
    ['a missing name', { excludedProducts: [{ productIds: ['1'] }] }, 'MISSING_FIELD', 'rule "excludedProducts[0]": name is missing'],
    ['an empty name', { excludedProducts: [{ name: ' ', productIds: ['1'] }] }, 'WRONG_TYPE', 'rule "excludedProducts[0]": name must be a non-empty string, got " "'],
    ['an unknown key', { excludedProducts: [{ name: 'old', productIds: ['1'], reason: 'x' }] }, 'UNKNOWN_KEY', 'rule "old": unknown field "reason" (expected name, productIds)'],
    ['an empty product list', { excludedProducts: [{ name: 'old', productIds: [] }] }, 'WRONG_TYPE', 'rule "old": productIds must be a non-empty array, got []'],
    ['a product id not a string', { promotedProducts: [{ name: 'p', productIds: [85123] }] }, 'WRONG_TYPE', 'rule "p": productIds must hold non-empty strings, got 85123'],
    ['a weight not a number', { productPriorities: [{ name: 'w', productId: '1', weight: '2' }] }, 'WRONG_TYPE', 'rule "w": weight must be a number, got "2"'],
    ['a weight of zero', { productPriorities: [{ name: 'w', productId: '1', weight: 0 }] }, 'OUT_OF_RANGE', 'rule "w": weight must be more than 0 and at most 10, got 0'],
    ['an unknown segment', { mustSell: [{ name: 'm', segment: 'vip', productIds: ['1'] }] }, 'UNKNOWN_VALUE', 'rule "m": segment must be one of "new", "one-time", "active", "at-risk", "lapsed", got "vip"'],
    ['an unknown client kind', { clientRules: [{ name: 'c', appliesTo: 'lapsed' }] }, 'UNKNOWN_VALUE', 'rule "c": appliesTo must be one of "new", "active", "win-back", got "lapsed"'],
    ['a fractional novelty count', { clientRules: [{ name: 'c', appliesTo: 'new', maxNovelties: 1.5 }] }, 'OUT_OF_RANGE', 'rule "c": maxNovelties must be a whole number at least 0, got 1.5'],
    ['an empty offer', { clientRules: [{ name: 'c', appliesTo: 'new', offer: '' }] }, 'WRONG_TYPE', 'rule "c": offer must be a non-empty string, got ""'],
    ['an unknown price rule kind', { priceRules: [{ name: 'p', kind: 'double' }] }, 'UNKNOWN_VALUE', 'rule "p": kind must be one of "raise", "lower", "min", "max", "minMargin", got "double"'],
    ['a field of another kind', { priceRules: [{ name: 'p', kind: 'raise', value: 3 }] }, 'UNKNOWN_KEY', 'rule "p": unknown field "value" (expected name, kind, percent, when)'],
    ['a missing percent', { priceRules: [{ name: 'p', kind: 'lower' }] }, 'MISSING_FIELD', 'rule "p": percent is missing'],
    ['a lower of 100 %', { priceRules: [{ name: 'p', kind: 'lower', percent: 100 }] }, 'OUT_OF_RANGE', 'rule "p": percent must be more than 0 and less than 100, got 100'],
    ['a raise above 100 %', { priceRules: [{ name: 'p', kind: 'raise', percent: 101 }] }, 'OUT_OF_RANGE', 'rule "p": percent must be more than 0 and at most 100, got 101'],
    ['a negative minimum', { priceRules: [{ name: 'p', kind: 'min', value: -1 }] }, 'OUT_OF_RANGE', 'rule "p": value must be more than 0, got -1'],
    ['a margin above the base', { priceRules: [{ name: 'p', kind: 'minMargin', percentOfBase: 120 }] }, 'OUT_OF_RANGE', 'rule "p": percentOfBase must be more than 0 and at most 100, got 120'],
    ['a condition not an object', { priceRules: [{ name: 'p', kind: 'max', value: 3, when: 'rising' }] }, 'NOT_AN_OBJECT', 'rule "p": when must be a JSON object, got "rising"'],
    ['an unknown condition', { priceRules: [{ name: 'p', kind: 'max', value: 3, when: { customer: 'x' } }] }, 'UNKNOWN_KEY', 'rule "p": unknown field "when.customer" (expected segments, productIds, demand, lineKinds)'],
    ['an unknown segment in a condition', { priceRules: [{ name: 'p', kind: 'max', value: 3, when: { segments: ['lost'] } }] }, 'UNKNOWN_VALUE', 'rule "p": when.segments has unknown value "lost" (expected "new", "one-time", "active", "at-risk", "lapsed")'],
    ['an unknown demand', { priceRules: [{ name: 'p', kind: 'max', value: 3, when: { demand: 'steady' } }] }, 'UNKNOWN_VALUE', 'rule "p": when.demand must be one of "rising", "falling", got "steady"'],
    ['an unknown line kind', { priceRules: [{ name: 'p', kind: 'max', value: 3, when: { lineKinds: ['promo'] } }] }, 'UNKNOWN_VALUE', 'rule "p": when.lineKinds has unknown value "promo" (expected "habitual", "development", "extension")'],
    ['a probability above 1', { novelty: { minProbability: 1.5, minExpectedValue: 0, maxPerProposal: 2 } }, 'OUT_OF_RANGE', 'rule "novelty": minProbability must be between 0 and 1, got 1.5'],
    ['a missing threshold', { novelty: { minProbability: 0.1, minExpectedValue: 0 } }, 'MISSING_FIELD', 'rule "novelty": maxPerProposal is missing'],
    ['an infinite value', { novelty: { minProbability: 0.1, minExpectedValue: 1e999, maxPerProposal: 1 } }, 'WRONG_TYPE', 'rule "novelty": minExpectedValue must be a number, got null'],
    ['a duplicate name', { excludedProducts: [{ name: 'x', productIds: ['1'] }], promotedProducts: [{ name: 'x', productIds: ['2'] }] }, 'DUPLICATE_NAME', 'rule "x": name is already used by promotedProducts[0]'],
    ['two rules for one kind of client', { clientRules: [{ name: 'a', appliesTo: 'new' }, { name: 'b', appliesTo: 'new' }] }, 'CONFLICT', 'rule "b": rule "a" already applies to new clients'],
    ['an excluded must-sell product', { excludedProducts: [{ name: 'old', productIds: ['1'] }], mustSell: [{ name: 'kit', segment: 'new', productIds: ['2', '1'] }] }, 'CONFLICT', 'rule "kit": product 1 is excluded by rule "old"'],
    ['a min above a max', { priceRules: [{ name: 'lo', kind: 'min', value: 3, when: { segments: ['new', 'active'] } }, { name: 'hi', kind: 'max', value: 2, when: { segments: ['active'] } }] }, 'CONFLICT', 'rule "lo": min 3 is above max 2 of rule "hi" where both apply'],
  ])('rejects %s', (_, json, code, message) => {
    const e = error(json);
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
  });

  it('accepts a min above a max that never apply to the same line', () => {
    const disjoint = (when: object, other: object) =>
      parseRules({ priceRules: [{ name: 'lo', kind: 'min', value: 3, when }, { name: 'hi', kind: 'max', value: 2, when: other }] });
    expect(() => disjoint({ segments: ['new'] }, { segments: ['active'] })).not.toThrow();
    expect(() => disjoint({ productIds: ['A'] }, { productIds: ['B'] })).not.toThrow();
    expect(() => disjoint({ demand: 'rising' }, { demand: 'falling' })).not.toThrow();
    expect(() => disjoint({ lineKinds: ['habitual'] }, { lineKinds: ['extension'] })).not.toThrow();
    expect(() => disjoint({ productIds: ['A'] }, {})).toThrow(RuleError);
  });

  it('names the field of the rule in error', () => {
    expect(error({ priceRules: [{ name: 'p', kind: 'max', value: 3, when: { segments: ['lost'] } }] }).field).toBe('when.segments');
    expect(error({ priceRules: [{ name: 'p', kind: 'min', value: 'x' }] }).field).toBe('value');
  });

  it('refuses rules nested deeper than 32 levels, naming the rule and field, where a message would overflow the stack', () => {
    let deep: unknown = 'win-back';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const e = error({ clientRules: [{ name: 'ok', appliesTo: 'new' }, { name: 'deep', appliesTo: deep }] });
    expect(e.code).toBe('TOO_DEEP');
    expect(e.rule).toBe('clientRules[1]');
    expect(e.message).toMatch(/^rule "clientRules\[1\]": appliesTo(\[0\])+.*… nests deeper than 32 levels$/);
  });
});
