import { describe, expect, it } from 'vitest';
import type { BusinessRules, PriceRule } from '../rules/index.js';
import { applyPriceRules, type PriceContext } from './applyPriceRules.js';
import type { BasePrice } from './basePrice.js';

const BASE: BasePrice = { value: 2.1, mad: 0.05, step: { code: 'median', price: 2.1, orders: 14, scope: 'customer' } };
const LINE: PriceContext = { productId: '85123A', segment: 'active', lineKind: 'habitual', demand: 'steady' };
const quote = (priceRules: PriceRule[], context: Partial<PriceContext> = {}, rules: BusinessRules = {}) =>
  applyPriceRules(BASE, { ...LINE, ...context }, { ...rules, priceRules });

describe('applyPriceRules', () => {
  it('starts from the base price, its step first', () => {
    expect(quote([])).toEqual({ value: 2.1, steps: ['median 2.10 over 14 orders'], stepData: [BASE.step] });
    const segment = { ...BASE, step: { ...BASE.step, scope: 'segment' as const } };
    expect(applyPriceRules(segment, LINE, {}).steps).toEqual(['segment median 2.10 over 14 orders']);
  });

  it('raises and lowers in the order the rules list them, rounding to cents at the end only', () => {
    const q = quote([
      { name: 'rising demand', kind: 'raise', percent: 10 },
      { name: 'stimulate', kind: 'lower', percent: 5 },
    ]);
    expect(q.steps).toEqual(['median 2.10 over 14 orders', '+10% rising demand = 2.31', '-5% stimulate = 2.19']);
    expect(q.value).toBe(2.19); // 2.1 × 1.1 × 0.95 = 2.1945
    // The waterfall shows each price to the cent, but the next step starts from the exact one.
    expect(quote([{ name: 'a', kind: 'lower', percent: 0.2 }, { name: 'b', kind: 'lower', percent: 0.2 }]).stepData!.map((s) => ('after' in s ? s.after : null))).toEqual([null, 2.1, 2.09]);
  });

  it("applies the client rule's discount for the customer's kind, win-back for at-risk and lapsed", () => {
    const rules: BusinessRules = {
      clientRules: [
        { name: 'win-back', appliesTo: 'win-back', discountPercent: 5, offer: '5 % off' },
        { name: 'welcome', appliesTo: 'new', discountPercent: 10 },
        { name: 'regulars', appliesTo: 'active' },
      ],
    };
    expect(quote([], { segment: 'lapsed' }, rules)).toMatchObject({ value: 2, steps: ['median 2.10 over 14 orders', '-5% win-back = 2.00'] });
    expect(quote([], { segment: 'at-risk' }, rules).value).toBe(2);
    expect(quote([], { segment: 'new' }, rules)).toMatchObject({ value: 1.89, steps: ['median 2.10 over 14 orders', '-10% welcome = 1.89'] });
    expect(quote([], { segment: 'active' }, rules).steps).toHaveLength(1);
  });

  it('never goes below a minimum nor above a maximum, the issue example exactly', () => {
    const rules: BusinessRules = { clientRules: [{ name: 'win-back', appliesTo: 'win-back', discountPercent: 10 }] };
    expect(quote([{ name: 'floor', kind: 'min', value: 1.95 }], { segment: 'lapsed' }, rules)).toEqual({
      value: 1.95,
      steps: ['median 2.10 over 14 orders', '-10% win-back = 1.89', 'floor 1.95'],
      stepData: [BASE.step, { code: 'adjust', percent: -10, rule: 'win-back', after: 1.89 }, { code: 'floor', price: 1.95 }],
      floor: 1.95,
    });
    expect(quote([{ name: 'cap', kind: 'max', value: 2 }, { name: 'cap2', kind: 'max', value: 1.99 }]).steps).toEqual(['median 2.10 over 14 orders', 'ceiling 1.99']);
    expect(quote([{ name: 'min', kind: 'min', value: 1 }]).steps).toHaveLength(1); // not applied: not shown
    expect(quote([{ name: 'min', kind: 'min', value: 1 }]).floor).toBe(1); // but known, to flag a rep's lower price
    expect(quote([]).floor).toBeUndefined();
  });

  it('holds a margin floor relative to the base, rounded up to the cent, even against a ceiling', () => {
    // 2.1 × 0.85 = 1.785 → floor 1.79, above the lowered 2.1 × 0.8 = 1.68.
    expect(quote([{ name: 'clearance', kind: 'lower', percent: 20 }, { name: 'margin', kind: 'minMargin', percentOfBase: 85 }])).toMatchObject({
      value: 1.79,
      steps: ['median 2.10 over 14 orders', '-20% clearance = 1.68', 'floor 1.79'],
    });
    expect(quote([{ name: 'cap', kind: 'max', value: 1.5 }, { name: 'margin', kind: 'minMargin', percentOfBase: 90 }]).steps).toEqual([
      'median 2.10 over 14 orders',
      'ceiling 1.50',
      'floor 1.89',
    ]);
  });

  it('applies the promotion after the rules, and a floor still holds', () => {
    const promo = { name: 'autumn', discountPercent: 20 };
    expect(applyPriceRules(BASE, LINE, { priceRules: [{ name: 'up', kind: 'raise', percent: 10 }] }, promo)).toMatchObject({
      value: 1.85,
      steps: ['median 2.10 over 14 orders', '+10% up = 2.31', 'promotion autumn -20% = 1.85'],
    });
    expect(applyPriceRules(BASE, LINE, { priceRules: [{ name: 'floor', kind: 'min', value: 2 }] }, promo).steps).toEqual([
      'median 2.10 over 14 orders',
      'promotion autumn -20% = 1.68',
      'floor 2.00',
    ]);
  });

  it.each<[string, PriceRule['when'], Partial<PriceContext>]>([
    ['segment', { segments: ['new', 'at-risk'] }, { segment: 'at-risk' }],
    ['product', { productIds: ['22423', '85099B'] }, { productId: '22423' }],
    ['demand', { demand: 'rising' }, { demand: 'rising' }],
    ['line kind', { lineKinds: ['extension'] }, { lineKind: 'extension' }],
  ])('applies a rule only where its %s condition holds', (_, when, match) => {
    const rules: PriceRule[] = [{ name: 'r', kind: 'raise', percent: 10, ...(when ? { when } : {}) }];
    expect(quote(rules, match).value).toBe(2.31);
    expect(quote(rules).value).toBe(2.1);
  });

  it('needs every part of a condition to hold', () => {
    const rules: PriceRule[] = [{ name: 'r', kind: 'lower', percent: 10, when: { demand: 'falling', segments: ['lapsed'] } }];
    expect(quote(rules, { demand: 'falling', segment: 'lapsed' }).value).toBe(1.89);
    expect(quote(rules, { demand: 'falling' }).value).toBe(2.1);
  });

  it('never throws: a rule about a product not in the history is inert', () => {
    const rules: PriceRule[] = [{ name: 'ghost', kind: 'min', value: 99, when: { productIds: ['NO-SUCH'] } }];
    expect(quote(rules)).toMatchObject({ value: 2.1, steps: ['median 2.10 over 14 orders'] });
  });
});
