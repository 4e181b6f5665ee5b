import { describe, expect, it } from 'vitest';
import type { BusinessRules } from '../rules/index.js';
import { assembleOptimalOrder, DEFAULT_NOVELTY, type AssemblyInput, type CandidateLine } from './assembleOptimalOrder.js';

/** A candidate whose reason names its own product, so each rendered reason is told apart. */
const line = (productId: string, probability: number, quantity = 1): CandidateLine => ({ productId, probability, quantity, reason: { code: 'premium-variant', of: productId, dearerBy: 0.2 } });

/** Every product costs 10, except "CHEAP" at 1; promotion "SUMMER" on H2 only. */
function input(over: Partial<AssemblyInput> = {}, rules: BusinessRules = {}): AssemblyInput {
  return {
    customerId: 'c',
    segment: 'active',
    bought: new Set(['H1', 'H2', 'H3', 'D1']),
    habitual: [line('H1', 0.9, 2), line('H2', 0.8, 10), line('H3', 0.2, 1)],
    development: [line('D1', 0.5, 2)],
    extension: [line('E1', 0.3, 4), line('E2', 0.05, 100), line('CHEAP', 0.9, 1)],
    price: (id) => {
      const value = id === 'CHEAP' ? 1 : 10;
      const promotion = id === 'H2' ? { name: 'SUMMER', discountPercent: 10, appliedPercent: 10 } : null;
      return { price: { value, steps: [`median ${value.toFixed(2)} over 3 orders`] }, promotion, lastPrice: 9, netDiscount: 0, withoutClientDiscount: value };
    },
    rules,
    k: 10,
    ...over,
  };
}

describe('assembleOptimalOrder', () => {
  it('ranks each section by expected value, sections in order, novelties past the thresholds only', () => {
    const order = assembleOptimalOrder(input());
    expect(order.items.map((l) => [l.kind, l.productId, l.expectedValue])).toEqual([
      ['habitual', 'H2', 80],
      ['habitual', 'H1', 18],
      ['habitual', 'H3', 2],
      ['development', 'D1', 10],
      ['extension', 'E1', 12],
      // E2: probability 0.05 < 0.15; CHEAP: expected value 0.9 < 2
    ]);
    expect(order.items[0]).toMatchObject({ promotion: { name: 'SUMMER', discountPercent: 10 }, price: { value: 10 }, lastPrice: 9, netDiscount: 0, reason: 'a premium variant of H2, 20% dearer' });
    expect(DEFAULT_NOVELTY).toMatchObject({ minProbability: 0.15, minExpectedValue: 2 });
  });

  it('shows no novelty when none passes, and at most N (the client rule may lower it)', () => {
    expect(assembleOptimalOrder(input({ development: [], extension: [line('E', 0.01, 1)] })).items.every((l) => l.kind === 'habitual')).toBe(true);
    const many = input({ extension: [1, 2, 3, 4, 5].map((i) => line(`E${i}`, 0.5, i)) });
    expect(assembleOptimalOrder(many).items.filter((l) => l.kind !== 'habitual')).toHaveLength(3);
    const lower: BusinessRules = { clientRules: [{ name: 'calm', appliesTo: 'active', maxNovelties: 1 }] };
    const one = assembleOptimalOrder({ ...many, rules: lower }).items.filter((l) => l.kind !== 'habitual');
    expect(one.map((l) => l.productId)).toEqual(['E5']);
  });

  it('removes excluded products, weighs priorities, adds the segment’s must-sell it never bought', () => {
    const rules: BusinessRules = {
      excludedProducts: [{ name: 'discontinued', productIds: ['H2', 'E1'] }],
      productPriorities: [{ name: 'push H3', productId: 'H3', weight: 10 }],
      mustSell: [
        { name: 'starter kit', segment: 'active', productIds: ['H1', 'M1', 'H2'] },
        { name: 'welcome', segment: 'new', productIds: ['M2'] },
      ],
    };
    const order = assembleOptimalOrder(input({}, rules));
    expect(order.items.map((l) => l.productId)).toEqual(['H3', 'H1', 'D1', 'M1']);
    expect(order.items[0]).toMatchObject({ expectedValue: 20, reason: 'a premium variant of H3, 20% dearer; a priority product' });
    expect(order.items[3]).toMatchObject({ kind: 'extension', quantity: 1, reason: 'must-sell for active customers (starter kit)' });
  });

  it('gives every reason, the rules’ included, in the locale’s language', () => {
    const rules: BusinessRules = {
      productPriorities: [{ name: 'push H3', productId: 'H3', weight: 10 }],
      mustSell: [{ name: 'kit', segment: 'active', productIds: ['M1'] }],
    };
    const order = assembleOptimalOrder({ ...input({}, rules), locale: 'es' });
    const reasons = new Map(order.items.map((l) => [l.productId, l.reason]));
    expect(reasons.get('H3')).toBe('una variante superior de H3, un 20\u00a0% más cara; producto prioritario');
    expect(reasons.get('M1')).toMatch(/^imprescindible para clientes .+ \(kit\)$/);
  });

  it('never lists a product twice', () => {
    const order = assembleOptimalOrder(input({ development: [line('H1', 0.9, 5)], extension: [line('H1', 0.9, 5), line('D9', 0.9, 5)] }));
    const ids = order.items.map((l) => l.productId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries the client rule’s offer with the discount the lines actually get, only when told why', () => {
    const rules: BusinessRules = { clientRules: [{ name: 'come back', appliesTo: 'win-back', discountPercent: 5, offer: '5 % off this month' }] };
    const lapsed = input({ segment: 'lapsed', offerReason: 'last order 4 months ago' }, rules);
    // Every line 5 % below its price without the discount: the whole 5 % is given.
    const given = assembleOptimalOrder({ ...lapsed, price: (id) => ({ ...lapsed.price(id, 'habitual', 1), withoutClientDiscount: (id === 'CHEAP' ? 1 : 10) / 0.95 }) });
    expect(given.offer).toEqual({ rule: 'come back', appliesTo: 'win-back', reason: 'to win the customer back: last order 4 months ago', text: '5 % off this month', inProposal: true, discountPercent: 5, appliedPercent: 5 });
    // Floors took it all back: the banner says so (0 %), the proposal does not repeat the text.
    expect(assembleOptimalOrder(lapsed).offer).toMatchObject({ appliedPercent: 0, text: '5 % off this month', inProposal: false });
    expect(assembleOptimalOrder({ ...lapsed, offerReason: undefined })).not.toHaveProperty('offer');
    expect(assembleOptimalOrder(input({ offerReason: 'x' }, rules))).not.toHaveProperty('offer'); // an active customer: not its rule
  });
});
