import { describe, expect, it } from 'vitest';
import { FeedbackIndex } from './FeedbackIndex.js';
import { applyFeedback } from './applyFeedback.js';
import { feedbackFromProposals, type LoggedLine, type LoggedProposalForFeedback } from './feedbackFromProposals.js';

const t0 = Date.UTC(2026, 2, 2);
const line = (productId: string, kind: LoggedLine['kind'], extra: Partial<LoggedLine> = {}): LoggedLine => ({ productId, kind, proposedQuantity: 12, quantity: 12, outcome: 'accepted', ...extra });

describe('feedbackFromProposals', () => {
  const log: LoggedProposalForFeedback[] = [
    {
      accountId: 'A',
      time: t0,
      status: 'accepted',
      lines: [
        line('kept', 'habitual', { quantity: 12, ordered: true, orderedQuantity: 24 }),
        line('edited', 'habitual', { quantity: 6, outcome: 'edited', ordered: false }),
        line('novelty', 'extension', { outcome: 'rejected', rejectionReason: 'too-expensive' }),
        line('wantedAnyway', 'development', { outcome: 'rejected', rejectionReason: 'not-needed', ordered: true, orderedQuantity: 3 }),
      ],
    },
    { accountId: 'B', time: t0, status: 'declined', lines: [line('n2', 'extension', { rejectionReason: 'whatever' })] },
    { accountId: 'C', time: t0, status: 'not-reached', lines: [line('n3', 'extension')] },
  ];

  it('reads the log as feedback, the orders having the last word', () => {
    expect(feedbackFromProposals(log).map((r) => [r.customerId, r.productId, r.action, r.acceptedQuantity, r.rejectionReason])).toEqual([
      ['A', 'kept', 'edited', 24, undefined],
      ['A', 'edited', 'edited', 6, undefined],
      ['A', 'novelty', 'rejected', undefined, 'too-expensive'],
      ['A', 'wantedAnyway', 'edited', 3, undefined],
      ['B', 'n2', 'rejected', undefined, 'other'],
    ]);
  });

  it('holds back a rejected novelty and moves quantities toward the ordered ones in the next view', () => {
    const index = new FeedbackIndex(feedbackFromProposals(log), t0 + 30 * 86_400_000, () => 'pending');
    const next = applyFeedback('A', [
      { productId: 'novelty', kind: 'extension' as const, probability: 0.5, quantity: 4 },
      { productId: 'wantedAnyway', kind: 'development' as const, probability: 0.4, quantity: 6 },
      { productId: 'kept', kind: 'habitual' as const, probability: 0.9, quantity: 12 },
    ], index);
    // the novelty is gone; kept: median(12, 24) = 18; wanted anyway: median(6, 3) = 4.5 → 5
    expect(next.map((l) => [l.productId, l.quantity])).toEqual([['kept', 18], ['wantedAnyway', 5]]);
  });
});
