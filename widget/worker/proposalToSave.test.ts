import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../engine/index.js';
import { proposalToSave } from './proposalToSave.js';
import type { DecisionLine, ProposalDecision } from './views.js';

const line = (over: Partial<DecisionLine> = {}): DecisionLine => ({
  product2Id: '01t000000000001AAA',
  kind: 'habitual',
  proposedQuantity: 4,
  quantity: 4,
  proposedPrice: 2.5,
  price: 2.5,
  probability: 0.7,
  reason: 'ordered in 4 of the last 6 orders',
  priceQuote: { steps: ['median 2.50 over 6 orders'] },
  removed: null,
  ...over,
});

const decision = (over: Partial<ProposalDecision> = {}): ProposalDecision => ({ proposalId: 'oo-0001', accountId: '001000000000001AAA', asOf: '2011-09-01', segment: 'active', status: 'accepted', lines: [line()], ...over });

describe('the record to save from the rep’s decision', () => {
  it('marks each line accepted, edited (quantity or price moved) or rejected (removed, with why)', () => {
    const saved = proposalToSave(decision({ lines: [line(), line({ quantity: 6 }), line({ price: 2.4 }), line({ removed: 'too-expensive' })] }));
    expect(saved.lines.map((l) => l.outcome)).toEqual(['accepted', 'edited', 'edited', 'rejected']);
    expect(saved.lines[3]).toMatchObject({ rejectionReason: 'too-expensive', productId: '01t000000000001AAA', priceSteps: ['median 2.50 over 6 orders'] });
    expect(saved.lines[0]!.rejectionReason).toBeUndefined();
    expect(saved).toMatchObject({ proposalId: 'oo-0001', accountId: '001000000000001AAA', status: 'accepted', day: '2011-09-01', segment: 'active', engineVersion: ENGINE_VERSION });
  });

  it('keeps the status and the customer’s reason; leaves out lines the org has no product for; an added line has no steps', () => {
    const saved = proposalToSave(decision({ status: 'declined', reason: 'has-stock', lines: [line({ product2Id: null }), line({ priceQuote: null })] }));
    expect(saved).toMatchObject({ status: 'declined', rejectionReason: 'has-stock' });
    expect(saved.lines).toHaveLength(1);
    expect(saved.lines[0]!.priceSteps).toEqual([]);
    expect(proposalToSave(decision({ status: 'call-back' })).rejectionReason).toBeUndefined();
  });
});
