import { describe, expect, it } from 'vitest';
import { HistoryBuilder } from '../prep/index.js';
import { pTopFreq } from './pTopFreq.js';

/**
 * Customer T's three orders: [A, G], [H, B], [H, G, E, F]. G and H are in 2 baskets, last
 * bought in the same order; G was bought first. E and F are in 1, bought last (E on the
 * earlier line). Product indexes (by id: A, B, E, F, G, H) and another customer's earlier
 * order (F, E, B, H, G, A) both disagree with the expected order; P, Q, R (popular) fill.
 */
function history() {
  const b = new HistoryBuilder();
  const order = (customerId: string, orderId: string, time: number, ids: string[]) => {
    for (const productId of ids) b.add({ customerId, orderId, orderTime: time, productId, quantity: 2, unitPrice: 1 });
  };
  order('OTHER', 'x1', 1, ['F', 'E', 'B', 'H', 'G', 'A', 'P', 'Q']);
  order('OTHER', 'x2', 2, ['P', 'Q', 'R']);
  order('OTHER2', 'y1', 3, ['P', 'R']);
  order('T', 't1', 10, ['A', 'G']);
  order('T', 't2', 20, ['H', 'B']);
  order('T', 't3', 30, ['H', 'G', 'E', 'F']);
  return b.build();
}

describe('pTopFreq', () => {
  const h = history();
  const asOf = 100;
  const t = h.customerIndex.get('T')!;
  const ids = (list: { product: number }[]) => list.map((r) => h.productIds[r.product]);

  it('ranks by basket count, then the more recent last purchase, then the first bought', () => {
    const list = pTopFreq({ fill: false }).fit(h, asOf).recommend(t, 10);
    expect(ids(list)).toEqual(['G', 'H', 'E', 'F', 'B', 'A']);
    expect(list.map((r) => r.probability)).toEqual([2 / 3, 2 / 3, 1 / 3, 1 / 3, 1 / 3, 1 / 3]);
  });

  it('fills a short list with the most popular products the customer has not bought', () => {
    const list = pTopFreq().fit(h, asOf).recommend(t, 8);
    // Popular over the last 90 days: P (3 of 6 baskets), then Q and R (2 each).
    expect(ids(list)).toEqual(['G', 'H', 'E', 'F', 'B', 'A', 'P', 'Q']);
    expect(list.slice(0, 6).every((r) => r.score > 1)).toBe(true);
    expect(list.slice(6).map((r) => [r.score, r.probability])).toEqual([
      [0.5, 0.5],
      [2 / 6, 2 / 6],
    ]);
  });

  it('fills the list of a customer with one order, but gives [] to one with none', () => {
    const later = pTopFreq().fit(h, 15);
    expect(later.recommend(h.customerIndex.get('T')!, 3).length).toBe(3);
    expect(pTopFreq().fit(h, 5).recommend(t, 3)).toEqual([]);
  });
});
