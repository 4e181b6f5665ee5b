import { FeedbackIndex, applyFeedback, outcomeAfter, type FeedbackRecord } from '../feedback/index.js';
import { habitualReason, purchaseSummary } from '../explain/index.js';
import { habitualModel } from '../models/index.js';
import { applyPriceRules, basePrice, PriceBook, productDemand } from '../pricing/index.js';
import { formatDate, sliceHistory, type OrderHistory } from '../prep/index.js';
import { bestPromotion, type Promotion } from '../promotions/index.js';
import type { BusinessRules } from '../rules/index.js';
import { segmentCustomers, type CustomerSegment } from '../segments/index.js';
import { assembleOptimalOrder, type CandidateLine } from './assembleOptimalOrder.js';
import type { OptimalOrder } from './OptimalOrder.js';

/** What shapes an optimal order besides the history: all optional. */
export interface OptimalOrderOptions {
  /** Validated rules (`parseRules`). */
  rules?: BusinessRules;
  /** Validated promotions (`parsePromotions`). */
  promotions?: readonly Promotion[];
  /** What reps did with earlier proposals. */
  feedback?: readonly FeedbackRecord[];
  /** Habitual lines per order (default 10). */
  k?: number;
}

/** The fitted optimal-order engine for one as-of date. */
export interface FittedOptimalOrder {
  /** Every customer with an order before as-of, with its segment (by customer index). */
  readonly segments: ReadonlyMap<number, CustomerSegment>;
  /** The optimal order of customer index `c`; null for a customer with no order before as-of. */
  propose(c: number): OptimalOrder | null;
}

/** Candidates asked of the habitual model per order, beyond k: feedback and rules may remove some. */
const CANDIDATE_FACTOR = 2;

/**
 * Fits everything an optimal order needs as of a date, once: the habitual model, every customer's
 * segment, the price book and demand, the feedback index. Then `propose(c)` assembles one customer's
 * order (see `assembleOptimalOrder`): habitual lines with quantities, novelties past the thresholds,
 * must-sell, each line priced through the rules with its best promotion.
 *
 * Extension lines come, for now, from the habitual ranker's never-bought candidates (products the
 * customer's nearest customers buy), with the ranker's next-order probability; development lines are
 * not produced yet. The dedicated item-item and up-sell models replace these when they land.
 */
export function fitOptimalOrder(history: OrderHistory, asOf: number, options: OptimalOrderOptions = {}): FittedOptimalOrder {
  const rules = options.rules ?? {};
  const promotions = options.promotions ?? [];
  const k = options.k ?? 10;
  const past = sliceHistory(history, { before: asOf });
  const habitual = habitualModel().fit(history, asOf);
  const segmentList = segmentCustomers(past, asOf);
  const segments = new Map(segmentList.map((s) => [s.customer, s] as const));
  const book = new PriceBook(past, asOf, segmentList);
  const demand = productDemand(past, asOf);
  // Promotions valid on the as-of date, once: most lines then have none to look through.
  const day = formatDate(asOf);
  const live = promotions.filter((p) => p.validFrom <= day && day <= p.validTo);
  const feedback = options.feedback?.length ? new FeedbackIndex(options.feedback, asOf, outcomeAfter(past)) : undefined;

  return {
    segments,
    propose(c: number): OptimalOrder | null {
      const segment = segments.get(c);
      if (!segment) return null;
      const customerId = past.customerIds[c]!;
      const bought = new Set<string>();
      for (let i = past.itemStart[past.basketStart[c]!]!; i < past.itemStart[past.basketStart[c + 1]!]!; i++) bought.add(past.productIds[past.itemProduct[i]!]!);
      const scored = habitual.recommend(c, k * CANDIDATE_FACTOR).map((r) => {
        const productId = past.productIds[r.product]!;
        return {
          product: r.product,
          productId,
          kind: bought.has(productId) ? ('habitual' as const) : ('extension' as const),
          probability: r.probability,
          quantity: Math.max(1, Math.round(r.quantity)),
          // Built only for the lines the order keeps (most candidates are dropped).
          get reason(): string {
            return habitualReason(purchaseSummary(past, c, r.product, asOf));
          },
        };
      });
      const lines = feedback ? applyFeedback(customerId, scored, feedback) : scored;
      const bases = new Map<string, ReturnType<typeof basePrice>>();
      const baseOf = (productId: string) => {
        if (!bases.has(productId)) {
          const p = past.productIndex.get(productId);
          bases.set(productId, p === undefined ? null : basePrice(book, c, p));
        }
        return bases.get(productId)!;
      };
      const promotionOf = (productId: string, quantity: number) =>
        live.length ? bestPromotion({ productId, quantity }, segment.segment, asOf, live) : null;
      const priced = new Set(lines.filter((l) => baseOf(l.productId) !== null).map((l) => l.productId));
      const candidates = (kind: 'habitual' | 'extension'): CandidateLine[] => lines.filter((l) => l.kind === kind && priced.has(l.productId));
      return assembleOptimalOrder({
        customerId,
        segment: segment.segment,
        bought,
        habitual: candidates('habitual'),
        development: [],
        extension: candidates('extension'),
        price: (productId, kind, quantity) => {
          const base = baseOf(productId);
          if (!base) return { value: 0, steps: ['no price paid yet: price to be set by the rep'] };
          const demandOf = demand[past.productIndex.get(productId)!]!;
          return applyPriceRules(base, { productId, segment: segment.segment, lineKind: kind, demand: demandOf }, rules, promotionOf(productId, quantity));
        },
        promotion: (productId, quantity) => {
          const p = promotionOf(productId, quantity);
          return p ? { name: p.name, discountPercent: p.discountPercent } : null;
        },
        rules,
        k,
      });
    },
  };
}
