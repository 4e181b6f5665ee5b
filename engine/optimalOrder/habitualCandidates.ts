import { lineReason, purchaseSummary } from '../explain/index.js';
import { applyFeedback } from '../feedback/index.js';
import { basketSizes, expectedBasketSize, f1OptimalCount } from '../models/index.js';
import { candidateLine, type ModelLine } from './candidateLine.js';
import type { ProposalSetup } from './ProposalSetup.js';

/** A customer's habitual candidates and how many of them its order holds. */
export interface HabitualCandidates {
  /** The products it has bought, best first, after feedback, that rules and prices allow. */
  lines: ModelLine[];
  /** How many of `lines` the order holds: the count whose expected F1 against its next order is highest (`f1OptimalCount`), at most `k`. */
  count: number;
  /** The number of distinct products of each of its orders (`basketSizes`). */
  sizes: number[];
}

/**
 * The candidate-lines step for what customer `c` usually orders: the habitual ranker's products
 * among those it has bought (`own`, from `lastPurchases`; never-bought ones are the extension
 * model's), moved by the reps' feedback, without excluded or never-priced products, each with its
 * purchase summary as reason; and the order's size for this customer.
 */
export function habitualCandidates(s: ProposalSetup, c: number, own: ReadonlyMap<number, number>): HabitualCandidates {
  const { past, asOf, habitual, book } = s.parts;
  const ranked = habitual.recommend(c, Number.MAX_SAFE_INTEGER).filter((r) => own.has(r.product));
  const lines = ranked.map((r) =>
    candidateLine(r.product, past.productIds[r.product]!, 'habitual', r.probability, r.quantity, () => lineReason(purchaseSummary(past, c, r.product, asOf))),
  );
  const allowed = (s.feedback ? applyFeedback(past.customerIds[c]!, lines, s.feedback) : lines).filter((l) => !s.excluded.has(l.productId) && book.hasPrice(l.product, c));
  const sizes = basketSizes(past, c);
  const count = f1OptimalCount(
    allowed.map((l) => l.probability),
    expectedBasketSize(sizes, s.parts.basketSizePrior),
    { cap: s.options.k },
  );
  return { lines: allowed, count, sizes };
}
