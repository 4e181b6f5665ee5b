import { describe, expect, it } from 'vitest';
import type { InsightFeedback } from '../feedback/index.js';
import { ACCOUNT_INSIGHT_FORMAT, type AccountInsight } from './AccountInsight.js';
import { decodeAccountInsight, encodeAccountInsight } from './accountInsightCodec.js';

const base: AccountInsight = { format: ACCOUNT_INSIGHT_FORMAT, engineVersion: 'e1', accountId: '001A', modelAsOf: 1_300_000_000_000, products: ['P1', 'P2'], scores: [0.5, 0.25] };
const feedback: InsightFeedback[] = [
  { productId: 'P9', time: 1_299_000_000_000, action: 'rejected', kind: 'development', proposedQuantity: 2, rejectionReason: 'too-expensive' },
  { productId: 'P1', time: 1_299_500_000_000, action: 'edited', kind: 'habitual', proposedQuantity: 6, acceptedQuantity: 4 },
];

describe('an account insight with feedback', () => {
  it('reads back exactly, stored as tuples; one without feedback has no such key', () => {
    const text = encodeAccountInsight({ ...base, feedback });
    expect(decodeAccountInsight(text)).toEqual({ ...base, feedback });
    expect(JSON.parse(text).feedback[0]).toEqual(['P9', 1_299_000_000_000, 'rejected', 'development', 2, null, 'too-expensive']);
    expect(decodeAccountInsight(encodeAccountInsight(base))).toEqual(base);
    expect(encodeAccountInsight({ ...base, feedback: [] })).toBe(encodeAccountInsight(base));
  });

  it.each<[string, unknown, RegExp]>([
    ['not an array', { P9: 1 }, /feedback is not an array/],
    ['a short tuple', [['P9', 1, 'rejected']], /feedback\[0\] is not a feedback tuple of 7 entries/],
    ['an unknown action', [['P9', 1, 'ignored', 'habitual', 1, null, null]], /feedback\[0\] has action "ignored"/],
    ['an unknown kind', [['P9', 1, 'rejected', 'novelty', 1, null, null]], /feedback\[0\] has kind "novelty"/],
    ['a negative quantity', [['P9', 1, 'accepted', 'habitual', 1, -2, null]], /feedback\[0\] has accepted quantity -2/],
    ['a time that is not a number', [['P9', '2011-01-01', 'rejected', 'habitual', 1, null, null]], /feedback\[0\] has time "2011-01-01"/],
    ['an unknown reason', [['P9', 1, 'rejected', 'habitual', 1, null, 'meh']], /feedback\[0\] has reason "meh"/],
  ])('is refused with %s, naming the entry', (_what, value, message) => {
    const text = JSON.stringify({ ...JSON.parse(encodeAccountInsight(base)), feedback: value });
    expect(() => decodeAccountInsight(text)).toThrow(message);
  });
});
