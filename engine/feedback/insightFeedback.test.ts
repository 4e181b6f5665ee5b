import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../prep/index.js';
import type { FeedbackRecord } from './FeedbackRecord.js';
import { insightFeedback } from './insightFeedback.js';

const asOf = Date.UTC(2011, 6, 1);
const daysAgo = (d: number) => asOf - d * DAY_MS;
const record = (productId: string, days: number, over: Partial<FeedbackRecord> = {}): FeedbackRecord => ({ customerId: '001A', productId, time: daysAgo(days), action: 'accepted', kind: 'habitual', proposedQuantity: 2, acceptedQuantity: 2, ...over });

describe('insightFeedback', () => {
  it('keeps what a view can still use: the last 182 days, and the last two accepted quantities of a product whatever their age; nothing from asOf on', () => {
    const records = [
      record('OLD', 400, { acceptedQuantity: 1 }),
      record('OLD', 300, { acceptedQuantity: 5 }),
      record('OLD', 250, { acceptedQuantity: 7 }),
      record('GONE', 200, { action: 'rejected', kind: 'development', acceptedQuantity: undefined, rejectionReason: 'other' }),
      record('NEW', 30, { action: 'rejected', kind: 'development', acceptedQuantity: undefined, rejectionReason: 'not-needed' }),
      record('LATER', -1),
    ];
    const kept = insightFeedback(records, asOf);
    expect(kept.map((r) => [r.productId, (asOf - r.time) / DAY_MS])).toEqual([['OLD', 300], ['OLD', 250], ['NEW', 30]]);
    expect(kept[0]).not.toHaveProperty('customerId');
  });

  it('keeps at most the newest `max`, oldest first', () => {
    const records = Array.from({ length: 10 }, (_, i) => record(`P${i}`, 10 - i));
    expect(insightFeedback(records, asOf, undefined, 3).map((r) => r.productId)).toEqual(['P7', 'P8', 'P9']);
  });
});
