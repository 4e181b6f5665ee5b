import { describe, expect, it } from 'vitest';
import type { Model, ScoredProduct } from '../models/index.js';
import { DAY_MS, HistoryBuilder, parseDateTime, type OrderHistory } from '../prep/index.js';
import { evaluateWholeOrders } from './evaluateWholeOrders.js';
import { nextBasketSplit } from './nextBasketSplit.js';

const cutoff = parseDateTime('2024-07-01');

/**
 * A's orders hold 1, 3 and 2 distinct products (usual size 2); its next order is P1, P3, P5.
 * B's one order holds 3 products (usual size 3); its next order is P9.
 */
function history(): OrderHistory {
  const b = new HistoryBuilder();
  const order = (customerId: string, orderId: string, days: number, productIds: string[]) =>
    productIds.forEach((productId) => b.add({ customerId, orderId, orderTime: cutoff + days * DAY_MS, productId, quantity: 1, unitPrice: 1 }));
  order('A', 'a1', -30, ['P1']);
  order('A', 'a2', -20, ['P1', 'P2', 'P3']);
  order('A', 'a3', -10, ['P2', 'P4']);
  order('A', 'a4', 3, ['P1', 'P3', 'P5']);
  order('B', 'b1', -10, ['P6', 'P7', 'P8']);
  order('B', 'b2', 3, ['P9']);
  return b.build();
}

/** A baseline ranking the same products for everyone, best first. */
function fixedModel(ids: string[]): Model {
  return {
    name: 'fixed',
    fit: (h) => ({ recommend: (_c, k): ScoredProduct[] => ids.slice(0, k).map((id, r) => ({ product: h.productIndex.get(id)!, score: -r, probability: 0.5, quantity: 1 })) }),
  };
}

describe('evaluateWholeOrders', () => {
  it('cuts a baseline at each customer\'s usual basket size and averages P, R, F1 over the target customers', () => {
    const split = nextBasketSplit(history(), cutoff, 62);
    const [, baseline] = evaluateWholeOrders(split, [fixedModel(['P1', 'P2', 'P6', 'P9'])]);
    // A gets P1, P2 (size 2): 1 hit → P 1/2, R 1/3, F1 2/5. B gets P1, P2, P6 (size 3): no hit → 0.
    expect(baseline!.name).toBe('fixed, usual basket size');
    expect(baseline!.customers).toBe(2);
    expect(baseline!.lines).toBeCloseTo(2.5, 12);
    expect(baseline!.precision).toBeCloseTo(0.25, 12);
    expect(baseline!.recall).toBeCloseTo(1 / 6, 12);
    expect(baseline!.f1).toBeCloseTo(0.2, 12);
  });

  it('scores the engine\'s whole proposal first', () => {
    const split = nextBasketSplit(history(), cutoff, 62);
    const [engine] = evaluateWholeOrders(split, []);
    expect(engine!.name).toMatch(/Optimal Order/);
    expect(engine!.customers).toBe(2);
    expect(engine!.lines).toBeGreaterThan(0);
  });
});
