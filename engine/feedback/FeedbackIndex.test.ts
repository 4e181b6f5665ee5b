import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder } from '../prep/index.js';
import { applyFeedback } from './applyFeedback.js';
import { FeedbackIndex } from './FeedbackIndex.js';
import type { FeedbackRecord } from './FeedbackRecord.js';
import { DEFAULT_FEEDBACK_SETTINGS } from './FeedbackSettings.js';
import { outcomeAfter } from './outcomeAfter.js';

const day = (d: number) => d * DAY_MS;

/** Customer "c" ordered on day 10 (A, B) and day 40 (A only). */
function history() {
  const b = new HistoryBuilder();
  for (const [order, d, products] of [['o1', 10, ['A', 'B']], ['o2', 40, ['A']]] as const) {
    for (const p of products) b.add({ customerId: 'c', orderId: order, orderTime: day(d), productId: p, quantity: 4, unitPrice: 1 });
  }
  return b.build();
}

const record = (r: Partial<FeedbackRecord> & Pick<FeedbackRecord, 'productId' | 'action' | 'kind'>): FeedbackRecord => ({
  customerId: 'c',
  time: day(30),
  proposedQuantity: 4,
  ...r,
});

describe('FeedbackIndex and applyFeedback', () => {
  const outcome = outcomeAfter(history());

  it('tells what the customer did after a proposal', () => {
    expect(outcome('c', 'A', day(30))).toBe('ordered');
    expect(outcome('c', 'B', day(30))).toBe('not-ordered');
    expect(outcome('c', 'B', day(50))).toBe('pending');
    expect(outcome('nobody', 'A', day(1))).toBe('pending');
  });

  it('suppresses a rejected novelty during the cool-down only, and never a habitual line', () => {
    const records = [record({ productId: 'N', action: 'rejected', kind: 'extension' }), record({ productId: 'A', action: 'rejected', kind: 'habitual' })];
    const soon = new FeedbackIndex(records, day(30 + 89), outcome);
    const later = new FeedbackIndex(records, day(30 + 90), outcome);
    expect(soon.suppressed('c', 'N')).toBe(true);
    expect(later.suppressed('c', 'N')).toBe(false);
    expect(soon.suppressed('c', 'A')).toBe(false);
  });

  it('discounts a habitual line the customer then did not order, not one it did', () => {
    const records = [record({ productId: 'A', action: 'accepted', kind: 'habitual' }), record({ productId: 'B', action: 'accepted', kind: 'habitual' })];
    const index = new FeedbackIndex(records, day(60), outcome);
    expect(index.habitualFactor('c', 'A')).toBe(1);
    expect(index.habitualFactor('c', 'B')).toBe(DEFAULT_FEEDBACK_SETTINGS.ignoredHabitualFactor);
  });

  it('ignores feedback given on or after the as-of date', () => {
    const index = new FeedbackIndex([record({ productId: 'N', action: 'rejected', kind: 'extension', time: day(60) })], day(60), outcome);
    expect(index.suppressed('c', 'N')).toBe(false);
  });

  it('drops suppressed novelties, discounts and re-sorts, and pulls quantities toward accepted ones', () => {
    const records = [
      record({ productId: 'N', action: 'rejected', kind: 'extension' }),
      record({ productId: 'B', action: 'accepted', kind: 'habitual' }),
      record({ productId: 'A', action: 'edited', kind: 'habitual', acceptedQuantity: 10 }),
    ];
    const index = new FeedbackIndex(records, day(60), outcome);
    const lines = [
      { productId: 'B', kind: 'habitual' as const, probability: 0.5, quantity: 4 },
      { productId: 'A', kind: 'habitual' as const, probability: 0.46, quantity: 4 },
      { productId: 'N', kind: 'extension' as const, probability: 0.9, quantity: 1 },
    ];
    const out = applyFeedback('c', lines, index);
    expect(out.map((l) => l.productId)).toEqual(['A', 'B']);
    expect(out[1]!.probability).toBeCloseTo(0.5 * DEFAULT_FEEDBACK_SETTINGS.ignoredHabitualFactor, 12);
    expect(out[0]!.quantity).toBe(7); // median of the estimate 4 and the accepted 10
  });
});
