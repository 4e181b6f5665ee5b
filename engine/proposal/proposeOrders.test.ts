import { describe, expect, it } from 'vitest';
import type { FittedModel } from '../models/index.js';
import { DAY_MS, HistoryBuilder } from '../prep/index.js';
import { proposeOrders } from './proposeOrders.js';

function history() {
  const b = new HistoryBuilder();
  const line = (customerId: string, orderId: string, day: number, productId: string, quantity: number) =>
    b.add({ customerId, orderId, orderTime: day * DAY_MS, productId, quantity, unitPrice: 1 });
  line('early', 'e1', 1, 'A', 3);
  line('early', 'e2', 20, 'A', 5);
  line('late', 'l1', 50, 'B', 1); // first order after as-of: not proposed to
  return b.build();
}

describe('proposeOrders', () => {
  const h = history();
  const A = h.productIndex.get('A')!;
  const B = h.productIndex.get('B')!;
  // A stand-in model so the test checks the proposal layer alone: everyone gets A then B.
  const model: FittedModel = {
    recommend: (_c, k) => [
      { product: A, score: 2, probability: 0.8149, quantity: 3.6 },
      { product: B, score: 1, probability: 0.2, quantity: 0.2 },
    ].slice(0, k),
  };

  it('proposes to customers with an order before as-of only, with ids, kinds, rounding and reasons', () => {
    const proposals = [...proposeOrders(h, 30 * DAY_MS, model, { k: 10 })];
    expect(proposals).toEqual([
      {
        customerId: 'early',
        items: [
          { productId: 'A', kind: 'habitual', probability: 0.81, quantity: 4, reason: 'ordered in 2 of 2 orders, every ~19 days, last 10 days ago' },
          { productId: 'B', kind: 'extension', probability: 0.2, quantity: 1, reason: 'not ordered yet; similar customers order it' },
        ],
      },
    ]);
  });

  it('keeps to k lines, to the chosen customers, and reports progress', () => {
    const seen: [number, number][] = [];
    const proposals = [
      ...proposeOrders(h, 60 * DAY_MS, model, { k: 1, customers: [h.customerIndex.get('late')!], onProgress: (d, t) => seen.push([d, t]) }),
    ];
    expect(proposals.map((p) => [p.customerId, p.items.length])).toEqual([['late', 1]]);
    expect(seen).toEqual([[1, 1]]);
  });
});
