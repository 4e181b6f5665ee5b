import type { FeedbackRecord, RejectionReason } from './FeedbackRecord.js';

/** How a logged proposal ended (the proposal log's `OO_Status__c`). */
export type LoggedStatus = 'accepted' | 'declined' | 'not-reached' | 'call-back';

/** One line of a logged proposal with its outcome, as the proposal log holds it. */
export interface LoggedLine {
  productId: string;
  kind: 'habitual' | 'development' | 'extension';
  proposedQuantity: number;
  /** The quantity the rep kept (the proposed one unless edited). */
  quantity: number;
  outcome: 'accepted' | 'edited' | 'rejected';
  rejectionReason?: string;
  /** What followed (`OO_Ordered__c`, `OO_OrderedQuantity__c`), once outcomes have run. */
  ordered?: boolean;
  orderedQuantity?: number;
}

/** One logged proposal, as feedback reads it. */
export interface LoggedProposalForFeedback {
  accountId: string;
  /** When it was decided, UTC ms. */
  time: number;
  status: LoggedStatus;
  lines: readonly LoggedLine[];
}

const REASONS: readonly string[] = ['not-needed', 'too-expensive', 'out-of-season', 'other'];

/**
 * The engine's feedback records from the proposal log and its outcomes. An accepted proposal's
 * lines count as the rep left them, except that the customer has the last word: a kept line it
 * then ordered counts with the quantity ordered, and a removed line it ordered anyway counts as
 * accepted at that quantity (so it is not held back). A declined proposal rejects all its lines.
 * Not reached and call back say nothing about the lines: no record.
 */
export function feedbackFromProposals(proposals: readonly LoggedProposalForFeedback[]): FeedbackRecord[] {
  const out: FeedbackRecord[] = [];
  for (const p of proposals) {
    if (p.status !== 'accepted' && p.status !== 'declined') continue;
    for (const line of p.lines) out.push(recordOf(p, line));
  }
  return out;
}

function recordOf(p: LoggedProposalForFeedback, line: LoggedLine): FeedbackRecord {
  const base = { customerId: p.accountId, productId: line.productId, time: p.time, kind: line.kind, proposedQuantity: line.proposedQuantity };
  const orderedQuantity = line.ordered && line.orderedQuantity! > 0 ? line.orderedQuantity! : undefined;
  if (orderedQuantity !== undefined) {
    return { ...base, action: orderedQuantity === line.proposedQuantity ? 'accepted' : 'edited', acceptedQuantity: orderedQuantity };
  }
  if (p.status === 'declined' || line.outcome === 'rejected') {
    const reason = (REASONS.includes(line.rejectionReason ?? '') ? line.rejectionReason : 'other') as RejectionReason;
    return { ...base, action: 'rejected', rejectionReason: reason };
  }
  return { ...base, action: line.outcome, acceptedQuantity: line.quantity };
}
