import { describe, expect, it } from 'vitest';
import { crossSellFixture } from '../models/fixtures/crossSellFixture.js';
import { DEFAULT_NOVELTY } from './assembleOptimalOrder.js';
import { fitOptimalOrder } from './fitOptimalOrder.js';

const open = { novelty: { minProbability: 0, minExpectedValue: 0, maxPerProposal: 3 } };

describe('fitOptimalOrder', () => {
  it('proposes the habitual product and, as range extension, what similar customers buy with it, with the reason', () => {
    const { history, asOf, target } = crossSellFixture();
    const order = fitOptimalOrder(history, asOf, { rules: open }).propose(target)!;
    expect(order.items[0]).toMatchObject({ productId: 'A', kind: 'habitual' });
    const b = order.items.find((l) => l.productId === 'B')!;
    // B is always ordered in 4s and 6s: the median first order, 5, is rounded to 6, and the reason says so.
    expect(b).toMatchObject({ kind: 'extension', quantity: 6, reason: 'customers who buy A also buy it; 14 customers ordered it in the last 13 weeks; rounded to a multiple of 2, as it is always ordered' });
    expect(b.probability).toBeCloseTo(0.48, 2); // uncalibrated here: half of 24/25
  });

  it('tells the reasons in the requested language', () => {
    const { history, asOf, target } = crossSellFixture();
    const order = fitOptimalOrder(history, asOf, { rules: open, locale: 'es' }).propose(target)!;
    expect(order.items.find((l) => l.productId === 'B')!.reason).toBe('los clientes que compran A también lo compran; 14 clientes lo pidieron en un plazo de 13 semanas; redondeado a un múltiplo de 2, como se pide siempre');
    expect(order.items[0]!.reason).toMatch(/^pedido en 2 de 2 pedidos/);
    expect(order.items[0]!.price.steps).toEqual(['mediana del segmento 2,00 en 50 pedidos']); // 2 own orders are too few
  });

  it('makes a dearer variant of a bought product a development line (premium variant)', () => {
    const { history, asOf, target } = crossSellFixture({ a: '85099B', b: '85099F', priceOfB: 2.5 });
    const order = fitOptimalOrder(history, asOf, { rules: open }).propose(target)!;
    expect(order.items.find((l) => l.productId === '85099F')).toMatchObject({ kind: 'development', reason: 'a premium variant of 85099B, 25% dearer; rounded to a multiple of 2, as it is always ordered' });
  });

  it('keeps novelties out when they do not pass the default thresholds', () => {
    const { history, asOf, target } = crossSellFixture();
    // B: probability 0.48, 6 units (5 rounded to its multiple of 2) at 2: expected value 5.76, past the default bar (0.15, 2), short of 10.
    const strict = fitOptimalOrder(history, asOf, { rules: { novelty: { ...DEFAULT_NOVELTY, minExpectedValue: 10 } } }).propose(target)!;
    expect(strict.items.every((l) => l.kind === 'habitual')).toBe(true);
    const lenient = fitOptimalOrder(history, asOf).propose(target)!;
    expect(lenient.items.some((l) => l.productId === 'B')).toBe(true);
  });
});
