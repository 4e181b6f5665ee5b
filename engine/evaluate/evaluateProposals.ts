import { fitOptimalOrder, type OptimalLineKind as LineKind, type OptimalOrderOptions } from '../optimalOrder/index.js';
import type { NextBasketSplit } from './nextBasketSplit.js';

/** How the full optimal orders of a split fared: what share hold a novelty, and how often those were ordered. */
export interface ProposalEvaluation {
  /** Customers proposed an order (everyone with an order before the cut-off). */
  proposals: number;
  /** Of those, the proposals with at least one novelty (development or extension line, must-sell aside). */
  withNovelty: number;
  /** Per section, over the target customers: lines shown and lines found in the target order. */
  sections: Record<LineKind, { lines: number; hits: number }>;
  /** Target customers (those who ordered in the window). */
  targets: number;
}

/**
 * Proposes every customer's optimal order as of the split's cut-off (with the given rules,
 * promotions and feedback) and judges it: the share of proposals holding a novelty, and per
 * section the hit rate, the share of lines in the target customer's next order.
 */
export function evaluateProposals(split: NextBasketSplit, options: OptimalOrderOptions = {}): ProposalEvaluation {
  const engine = fitOptimalOrder(split.train, split.cutoff, options);
  const targets = new Map(split.targets.map((t) => [t.customer, new Set(t.products)] as const));
  const sections = { habitual: { lines: 0, hits: 0 }, development: { lines: 0, hits: 0 }, extension: { lines: 0, hits: 0 } };
  let proposals = 0;
  let withNovelty = 0;
  for (const c of engine.segments.keys()) {
    const order = engine.propose(c);
    if (!order) continue;
    proposals++;
    // Must-sell lines carry probability 0: an admin's choice, not the model's suggestion.
    const novel = order.items.some((l) => l.kind !== 'habitual' && l.probability > 0);
    if (novel) withNovelty++;
    const target = targets.get(c);
    if (!target) continue;
    for (const line of order.items) {
      if (line.probability === 0) continue;
      const p = split.train.productIndex.get(line.productId);
      sections[line.kind].lines++;
      if (p !== undefined && target.has(p)) sections[line.kind].hits++;
    }
  }
  return { proposals, withNovelty, sections, targets: split.targets.length };
}
