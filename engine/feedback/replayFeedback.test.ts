import { describe, expect, it } from 'vitest';
import type { Model } from '../models/index.js';
import { DAY_MS, HistoryBuilder } from '../prep/index.js';
import { replayFeedback } from './replayFeedback.js';

describe('replayFeedback', () => {
  it('stops proposing a novelty the rep rejected, and precision moves with it', () => {
    // Customer "c" orders the staple S on the 5th of every month, January to June 2011.
    const b = new HistoryBuilder();
    for (let m = 0; m < 6; m++) b.add({ customerId: 'c', orderId: `o${m}`, orderTime: Date.UTC(2011, m, 5), productId: 'S', quantity: 6, unitPrice: 1 });
    b.add({ customerId: 'other', orderId: 'x', orderTime: Date.UTC(2011, 0, 2), productId: 'X', quantity: 1, unitPrice: 1 });
    const h = b.build();
    const S = h.productIndex.get('S')!;
    const X = h.productIndex.get('X')!;
    // A stand-in model: always the staple first, then the novelty X.
    const model: Model = {
      name: 'stand-in',
      fit: () => ({ recommend: () => [{ product: S, score: 2, probability: 0.9, quantity: 6 }, { product: X, score: 1, probability: 0.5, quantity: 1 }] }),
    };
    const months = replayFeedback(h, { model, start: Date.UTC(2011, 2, 1), months: 3, k: 2 });
    expect(months.map((m) => m.customers)).toEqual([1, 1, 1]);
    expect(months.map((m) => m.without.precision)).toEqual([0.5, 0.5, 0.5]);
    expect(months.map((m) => m.with.precision)).toEqual([0.5, 1, 1]);
    expect(months.map((m) => m.feedbackRecords)).toEqual([0, 2, 3]);
    expect(months.every((m) => m.with.recall === 1 && m.with.quantityWape === 0)).toBe(true);
  });
});
