import { habitualReason, purchaseSummary } from '../explain/index.js';
import type { FittedModel } from '../models/index.js';
import { sliceHistory, type OrderHistory } from '../prep/index.js';
import { applyFeedback, type FeedbackIndex } from '../feedback/index.js';
import type { CustomerProposal, ProposalLine } from './CustomerProposal.js';

/** With feedback, candidates asked beyond k, so that suppressed lines can be replaced. */
const FEEDBACK_CANDIDATES = 2;

/** Options of `proposeOrders`. */
export interface ProposeOptions {
  /** Lines per customer. */
  k: number;
  /** Only these customer indexes (default: every customer with an order before `asOf`). */
  customers?: readonly number[];
  /** Feedback from earlier proposals (see `applyFeedback`); none by default. */
  feedback?: FeedbackIndex;
  /** Called after each customer with (done, total), for progress reporting. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The proposals of every customer with at least one order before `asOf` (or of the chosen ones), in
 * order, from a model fitted on the same history as of the same date. A generator, so a caller can
 * write each proposal out as it comes instead of holding all of them.
 */
export function* proposeOrders(history: OrderHistory, asOf: number, model: FittedModel, options: ProposeOptions): Generator<CustomerProposal> {
  const past = sliceHistory(history, { before: asOf });
  const hasPast = (c: number) => c >= 0 && c < past.customerIds.length && past.basketStart[c + 1]! > past.basketStart[c]!;
  const customers = (options.customers ?? past.customerIds.map((_, c) => c)).filter(hasPast);
  let done = 0;
  for (const c of customers) {
    const customerId = past.customerIds[c]!;
    const wanted = options.feedback ? options.k * FEEDBACK_CANDIDATES : options.k;
    const lines: ProposalLine[] = model.recommend(c, wanted).map((r) => {
      const summary = purchaseSummary(past, c, r.product, asOf);
      return {
        productId: past.productIds[r.product]!,
        kind: summary.ordersWithProduct > 0 ? 'habitual' : 'extension',
        probability: r.probability,
        quantity: Math.max(1, Math.round(r.quantity)),
        reason: habitualReason(summary),
      };
    });
    const items = (options.feedback ? applyFeedback(customerId, lines, options.feedback) : lines)
      .slice(0, options.k)
      .map((line) => ({ ...line, probability: Math.round(line.probability * 100) / 100 }));
    yield { customerId, items };
    options.onProgress?.(++done, customers.length);
  }
}
