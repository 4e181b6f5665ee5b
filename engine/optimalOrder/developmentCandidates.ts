import { underBought } from '../development/index.js';
import { candidateLine, type ModelLine } from './candidateLine.js';
import type { HabitualCandidates } from './habitualCandidates.js';
import type { ProposalSetup } from './ProposalSetup.js';

/** Habitual candidates after the order's last habitual line checked for under-buying, per habitual line (at least `MIN_DEVELOPMENT_CHECKS`). */
const CANDIDATE_FACTOR = 1;

/** Fewest habitual candidates after the last habitual line checked for under-buying. */
const MIN_DEVELOPMENT_CHECKS = 10;

/**
 * The candidate-lines step for under-bought products: the habitual candidates just below the
 * order's cut which customer `c` orders at most half as often (or as much) as their regular
 * buyers do (`underBought`), as development lines, unless a rep rejected them lately.
 */
export function developmentCandidates(s: ProposalSetup, c: number, habitual: HabitualCandidates): ModelLine[] {
  const { past, peers } = s.parts;
  const customerId = past.customerIds[c]!;
  const { lines, count } = habitual;
  const out: ModelLine[] = [];
  for (const l of lines.slice(count, count + Math.max(MIN_DEVELOPMENT_CHECKS, count * CANDIDATE_FACTOR))) {
    const under = underBought(past, c, l.product, peers);
    if (under && !s.feedback?.suppressed(customerId, l.productId)) out.push(candidateLine(l.product, l.productId, 'development', l.probability, l.quantity, () => under));
  }
  return out;
}
