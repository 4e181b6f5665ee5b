import { describe, expect, it } from 'vitest';
import type { Model, ScoredProduct } from '../models/index.js';
import { DAY_MS, HistoryBuilder, parseDateTime, type OrderHistory } from '../prep/index.js';
import { evaluateModel } from './evaluateModel.js';
import { evaluateModels } from './evaluateModels.js';
import { nextBasketSplit } from './nextBasketSplit.js';

const cutoff = parseDateTime('2024-07-01');

/** Two customers: A bought P1, P2 before; its target is P1 ×4, P3 ×2. B bought P1; target P4 ×10. */
function history(): OrderHistory {
  const b = new HistoryBuilder();
  const line = (customerId: string, orderId: string, days: number, productId: string, quantity: number) =>
    b.add({ customerId, orderId, orderTime: cutoff + days * DAY_MS, productId, quantity, unitPrice: 1 });
  line('A', 'a1', -5, 'P1', 1);
  line('A', 'a1', -5, 'P2', 1);
  line('A', 'a2', 3, 'P1', 4);
  line('A', 'a2', 3, 'P3', 2);
  line('B', 'b1', -5, 'P1', 1);
  line('B', 'b2', 3, 'P4', 10);
  return b.build();
}

/** A model that always proposes the same products (by id), 5 units each. */
function fixedModel(ids: string[]): Model & { seen: { asOf: number; baskets: number }[] } {
  const seen: { asOf: number; baskets: number }[] = [];
  return {
    name: 'fixed',
    seen,
    fit(h, asOf) {
      seen.push({ asOf, baskets: h.basketTime.length });
      return {
        recommend: (_c, k): ScoredProduct[] =>
          ids.slice(0, k).map((id, r) => ({ product: h.productIndex.get(id)!, score: -r, probability: 0.5, quantity: 5 })),
      };
    },
  };
}

describe('evaluateModel', () => {
  const split = nextBasketSplit(history(), cutoff, 62);

  it('averages the metrics over the target customers', () => {
    const model = fixedModel(['P1', 'P4', 'P2']);
    const row = evaluateModel(model, split, 2);
    expect(model.seen).toEqual([{ asOf: cutoff, baskets: 2 }]);
    // A: top 2 [P1, P4] hits P1 of {P1, P3}: recall 1/2, NDCG 1 / (1 + 1/log2 3).
    // B: hits P4 at rank 2 of {P4}: recall 1, NDCG 1/log2 3.
    expect(row.customers).toBe(2);
    expect(row.recall).toBeCloseTo((0.5 + 1) / 2, 12);
    expect(row.ndcg).toBeCloseTo((1 / (1 + 1 / Math.log2(3)) + 1 / Math.log2(3)) / 2, 12);
    // Repeat items: A's P1 (found); B has none. Explore: A's P3 (missed), B's P4 (found).
    expect([row.repeatRecall, row.repeatCustomers]).toEqual([1, 1]);
    expect([row.exploreRecall, row.exploreCustomers]).toEqual([0.5, 2]);
    // Repeat share: A's top 2 hold P1 (repeat) and P4 (new): 1/2; B's hold P1: 1/2.
    expect(row.repeatShare).toBe(0.5);
    // Quantity hits: P1 5 vs 4, P4 5 vs 10: (1 + 5) / 14.
    expect([row.hits, row.quantityWape]).toEqual([2, 6 / 14]);
    expect(row.fitMs).toBeGreaterThanOrEqual(0);
    expect(row.scoreMs).toBeGreaterThanOrEqual(0);
    expect([row.model, row.k]).toEqual(['fixed', 2]);
  });

  it('reports progress up to the number of targets', () => {
    const calls: [number, number][] = [];
    evaluateModel(fixedModel(['P1']), split, 10, (done, total) => calls.push([done, total]));
    expect(calls.at(-1)).toEqual([2, 2]);
    expect(calls.every(([done], i) => i === 0 || done > calls[i - 1]![0])).toBe(true);
  });

  it('evaluates several models in order', () => {
    const rows = evaluateModels([fixedModel(['P4']), fixedModel([])], split, 10);
    expect(rows.map((r) => r.recall)).toEqual([0.5, 0]);
    expect(rows[1]!.quantityWape).toBeNaN();
  });
});
