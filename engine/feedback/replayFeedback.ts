import type { Model } from '../models/index.js';
import { lastPurchases, sliceHistory, type OrderHistory } from '../prep/index.js';
import { applyFeedback, type FeedbackLine } from './applyFeedback.js';
import { FeedbackIndex } from './FeedbackIndex.js';
import type { FeedbackRecord } from './FeedbackRecord.js';
import type { FeedbackSettings } from './FeedbackSettings.js';
import { outcomeAfter } from './outcomeAfter.js';

/** One month of the replay: the same fitted model's proposals, without and with feedback. */
export interface ReplayMonth {
  /** First day of the month, UTC ms. */
  start: number;
  /** Customers who ordered in the month (and had ordered before): the proposals scored. */
  customers: number;
  /** Feedback records available at the month's start. */
  feedbackRecords: number;
  without: ReplayScores;
  with: ReplayScores;
}

/** Scores of a month's proposals against the orders that followed. */
export interface ReplayScores {
  /** Acceptance-adjusted precision: the share of proposed lines the customer then ordered (the lines a rep would keep). */
  precision: number;
  /** Share of the ordered products that were proposed. */
  recall: number;
  /** Quantity WAPE on the proposed lines that were ordered. */
  quantityWape: number;
}

/** Options of `replayFeedback`. */
export interface ReplayOptions {
  model: Model;
  /** First month's first day, UTC ms. */
  start: number;
  months: number;
  /** Lines per proposal. */
  k: number;
  /** How feedback acts (default: `DEFAULT_FEEDBACK_SETTINGS`). */
  feedbackSettings?: FeedbackSettings;
  /** Called after each month. */
  onMonth?: (month: ReplayMonth) => void;
}

/** Candidates asked of the model beyond k, so that feedback can move lines in and out of the top k. */
const CANDIDATE_FACTOR = 2;

/**
 * Replays proposals month by month. At each month's start the model is fitted on the past; every
 * customer who orders in the month gets a proposal twice, without and with the feedback gathered so
 * far, and both are scored against its first order of the month. The rep is then simulated from
 * that order (an optimistic rep who knows what the customer wants): proposed lines the customer
 * ordered are accepted with the quantity ordered, the others are rejected as not needed. That
 * feedback is kept for the next months. Only the feedback differs between the two proposals.
 */
export function replayFeedback(history: OrderHistory, options: ReplayOptions): ReplayMonth[] {
  const records: FeedbackRecord[] = [];
  const out: ReplayMonth[] = [];
  for (let m = 0; m < options.months; m++) {
    const start = addMonths(options.start, m);
    const end = addMonths(options.start, m + 1);
    const past = sliceHistory(history, { before: start });
    const fitted = options.model.fit(history, start);
    const feedback = new FeedbackIndex(records, start, outcomeAfter(past), options.feedbackSettings);
    const without = new Scores();
    const withFeedback = new Scores();
    let customers = 0;
    const newRecords: FeedbackRecord[] = [];
    for (let c = 0; c < history.customerIds.length; c++) {
      if (past.basketStart[c + 1] === past.basketStart[c]) continue;
      const target = firstBasketIn(history, c, start, end);
      if (target === null) continue;
      customers++;
      const customerId = history.customerIds[c]!;
      const bought = lastPurchases(past, c);
      const lines: (FeedbackLine & { product: number })[] = fitted.recommend(c, options.k * CANDIDATE_FACTOR).map((r) => ({
        product: r.product,
        productId: history.productIds[r.product]!,
        kind: bought.has(r.product) ? 'habitual' : 'extension',
        probability: r.probability,
        quantity: Math.max(1, Math.round(r.quantity)),
      }));
      without.add(lines.slice(0, options.k), target);
      const shown = applyFeedback(customerId, lines, feedback).slice(0, options.k);
      withFeedback.add(shown, target);
      for (const line of shown) {
        const ordered = target.get(line.product);
        newRecords.push({
          customerId,
          productId: line.productId,
          time: start,
          kind: line.kind,
          proposedQuantity: line.quantity,
          ...(ordered === undefined
            ? { action: 'rejected' as const, rejectionReason: 'not-needed' as const }
            : { action: ordered === line.quantity ? ('accepted' as const) : ('edited' as const), acceptedQuantity: ordered }),
        });
      }
    }
    const month: ReplayMonth = { start, customers, feedbackRecords: records.length, without: without.result(), with: withFeedback.result() };
    records.push(...newRecords);
    out.push(month);
    options.onMonth?.(month);
  }
  return out;
}

class Scores {
  private precision = 0;
  private recall = 0;
  private n = 0;
  private absError = 0;
  private ordered = 0;

  add(lines: readonly { product: number; quantity: number }[], target: Map<number, number>): void {
    let hits = 0;
    for (const line of lines) {
      const q = target.get(line.product);
      if (q === undefined) continue;
      hits++;
      this.absError += Math.abs(line.quantity - q);
      this.ordered += q;
    }
    this.precision += lines.length ? hits / lines.length : 0;
    this.recall += hits / target.size;
    this.n++;
  }

  result(): ReplayScores {
    return { precision: this.precision / this.n, recall: this.recall / this.n, quantityWape: this.absError / this.ordered };
  }
}

/** Customer c's first basket in [from, to) as product → quantity, or null. */
function firstBasketIn(h: OrderHistory, c: number, from: number, to: number): Map<number, number> | null {
  for (let b = h.basketStart[c]!; b < h.basketStart[c + 1]!; b++) {
    const t = h.basketTime[b]!;
    if (t < from) continue;
    if (t >= to) return null;
    const items = new Map<number, number>();
    for (let i = h.itemStart[b]!; i < h.itemStart[b + 1]!; i++) items.set(h.itemProduct[i]!, h.itemQuantity[i]!);
    return items;
  }
  return null;
}

/** The first day of the month `months` after the month of `time` (UTC). */
export function addMonths(time: number, months: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

