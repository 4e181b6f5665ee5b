import type { ProposalToSave } from '../../connector/index.js';
import { ENGINE_VERSION } from '../../engine/index.js';
import type { DecisionLine, ProposalDecision } from './views.js';

/**
 * The record to save from the rep's decision, as the widget sends it: each line's outcome
 * (`rejected` when removed, `edited` when its quantity or price moved, else `accepted`), its price
 * steps, the engine's version; lines without a Product2 id left out (the org knows no such product).
 */
export function proposalToSave(d: ProposalDecision): ProposalToSave {
  return {
    proposalId: d.proposalId,
    accountId: d.accountId,
    status: d.status,
    segment: d.segment,
    engineVersion: ENGINE_VERSION,
    day: d.asOf,
    ...(d.reason ? { rejectionReason: d.reason } : {}),
    lines: d.lines.filter((l) => l.product2Id).map(lineToSave),
  };
}

function lineToSave(l: DecisionLine): ProposalToSave['lines'][number] {
  return {
    productId: l.product2Id!,
    kind: l.kind,
    outcome: l.removed ? 'rejected' : l.quantity !== l.proposedQuantity || l.price !== l.proposedPrice ? 'edited' : 'accepted',
    proposedQuantity: l.proposedQuantity,
    quantity: l.quantity,
    proposedPrice: l.proposedPrice,
    price: l.price,
    probability: l.probability,
    reason: l.reason,
    priceSteps: [...(l.priceQuote?.steps ?? [])],
    ...(l.removed ? { rejectionReason: l.removed } : {}),
  };
}
