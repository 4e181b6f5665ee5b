import { productGroup } from '../catalog/index.js';
import { PeerShares, premiumVariant, underBought } from '../development/index.js';
import { FeedbackIndex, applyFeedback, outcomeAfter, type FeedbackRecord } from '../feedback/index.js';
import { lineReason, purchaseSummary, type Reason } from '../explain/index.js';
import { DEFAULT_EXTENSION_SETTINGS, extensionModel, habitualModel, type FittedExtensionModel } from '../models/index.js';
import { applyPriceRules, basePrice, PriceBook, productDemand } from '../pricing/index.js';
import { formatDate, lastPurchases, sliceHistory, type OrderHistory } from '../prep/index.js';
import { bestPromotion, type Promotion } from '../promotions/index.js';
import type { BusinessRules } from '../rules/index.js';
import { segmentCustomers, type CustomerSegment } from '../segments/index.js';
import { assembleOptimalOrder, type CandidateLine } from './assembleOptimalOrder.js';
import type { LineKind, OptimalOrder } from './OptimalOrder.js';

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
  /** BCP 47 tag of the language of reasons and price steps (default English). */
  locale?: string;
}

/** The fitted optimal-order engine for one as-of date. */
export interface FittedOptimalOrder {
  /** Every customer with an order before as-of, with its segment (by customer index). */
  readonly segments: ReadonlyMap<number, CustomerSegment>;
  /** The optimal order of customer index `c`; null for a customer with no order before as-of. */
  propose(c: number): OptimalOrder | null;
}

/** Candidates asked of the habitual model per order, beyond k: feedback and rules may remove some, and the rest are checked for under-buying. */
const CANDIDATE_FACTOR = 2;

/** Never-bought products asked of the extension model per order (at most 3 novelties are shown by default). */
const EXTENSION_CANDIDATES = 10;

/** Fewest orders of a customer, and of the peers it is compared with, to judge under-buying. */
const MIN_ORDERS_FOR_RHYTHM = 3;

/** A candidate line with its product index and section. */
interface ModelLine extends CandidateLine {
  product: number;
  kind: LineKind;
}

/**
 * Fits everything an optimal order needs as of a date, once: the habitual and range-extension
 * models, every product's peer order shares, every customer's segment, the price book and demand,
 * the feedback index. Then `propose(c)` assembles one customer's order (see `assembleOptimalOrder`):
 * - habitual lines: the habitual ranker's best products the customer has bought, with quantities;
 * - development: products further down that ranking which the customer orders at most half as
 *   often as their regular buyers do, and extension suggestions that are a dearer variant of a
 *   product it buys (premium variant);
 * - extension: the extension model's never-bought products, with their calibrated probability;
 * novelties past the thresholds only, must-sell added, each line priced through the rules with
 * its best promotion, each with its reason in `options.locale`.
 */
export function fitOptimalOrder(history: OrderHistory, asOf: number, options: OptimalOrderOptions = {}): FittedOptimalOrder {
  const rules = options.rules ?? {};
  const locale = options.locale ?? 'en';
  const promotions = options.promotions ?? [];
  const k = options.k ?? 10;
  const past = sliceHistory(history, { before: asOf });
  const habitual = habitualModel().fit(history, asOf);
  const extension = extensionModel().fit(history, asOf);
  const peers = new PeerShares(past, MIN_ORDERS_FOR_RHYTHM);
  const segmentList = segmentCustomers(past, asOf);
  const segments = new Map(segmentList.map((s) => [s.customer, s] as const));
  const book = new PriceBook(past, asOf, segmentList);
  const demand = productDemand(past, asOf);
  // Promotions valid on the as-of date, once: most lines then have none to look through.
  const day = formatDate(asOf);
  const live = promotions.filter((p) => p.validFrom <= day && day <= p.validTo);
  const feedback = options.feedback?.length ? new FeedbackIndex(options.feedback, asOf, outcomeAfter(past)) : undefined;
  const nameOf = (p: number) => past.productNames[p] || past.productIds[p]!;
  const groups = past.productIds.map(productGroup);
  const typicalPrice = (productId: string) => {
    const p = past.productIndex.get(productId);
    return p === undefined ? null : (basePrice(book, -1, p)?.value ?? null);
  };

  return {
    segments,
    propose(c: number): OptimalOrder | null {
      const segment = segments.get(c);
      if (!segment) return null;
      const customerId = past.customerIds[c]!;
      const own = lastPurchases(past, c);
      const bought = new Set<string>();
      const boughtByGroup = new Map<string, string[]>();
      for (const p of own.keys()) {
        bought.add(past.productIds[p]!);
        const same = boughtByGroup.get(groups[p]!);
        if (same) same.push(past.productIds[p]!);
        else boughtByGroup.set(groups[p]!, [past.productIds[p]!]);
      }
      const line = (product: number, kind: LineKind, probability: number, quantity: number, why: () => Reason): ModelLine => {
        let reason: Reason | undefined;
        return {
          product,
          productId: past.productIds[product]!,
          kind,
          probability,
          quantity: Math.max(1, Math.round(quantity)),
          // Built only for the lines the order keeps (most candidates are dropped).
          get reason(): Reason {
            return (reason ??= why());
          },
        };
      };
      const scored: ModelLine[] = [];
      let rank = 0; // among the products the customer bought
      for (const r of habitual.recommend(c, k * CANDIDATE_FACTOR)) {
        if (!own.has(r.product)) continue; // never-bought products are the extension model's
        const under = rank++ >= k ? underBought(past, c, r.product, peers) : null;
        scored.push(
          under
            ? line(r.product, 'development', r.probability, r.quantity, () => under)
            : line(r.product, 'habitual', r.probability, r.quantity, () => lineReason(purchaseSummary(past, c, r.product, asOf))),
        );
      }
      for (const r of extension.recommend(c, EXTENSION_CANDIDATES)) {
        const productId = past.productIds[r.product]!;
        const premium = premiumVariant(productId, boughtByGroup.get(groups[r.product]!) ?? [], typicalPrice);
        scored.push(
          premium
            ? line(r.product, 'development', r.probability, r.quantity, () => ({ code: 'premium-variant', of: nameOf(past.productIndex.get(premium.of)!), dearerBy: premium.dearerBy }))
            : line(r.product, 'extension', r.probability, r.quantity, () => crossSellReason(extension, c, r.product, nameOf)),
        );
      }
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
      // A line needs a price someone paid; the base price itself is worked out for the lines priced.
      const candidates = (kind: LineKind): CandidateLine[] => lines.filter((l) => l.kind === kind && book.hasPrice(l.product));
      return assembleOptimalOrder({
        customerId,
        segment: segment.segment,
        bought,
        habitual: candidates('habitual'),
        development: candidates('development'),
        extension: candidates('extension'),
        price: (productId, kind, quantity) => {
          const base = baseOf(productId);
          if (!base) return { value: 0, steps: ['no price paid yet: price to be set by the rep'] };
          const demandOf = demand[past.productIndex.get(productId)!]!;
          return applyPriceRules(base, { productId, segment: segment.segment, lineKind: kind, demand: demandOf }, rules, promotionOf(productId, quantity), locale);
        },
        promotion: (productId, quantity) => {
          const p = promotionOf(productId, quantity);
          return p ? { name: p.name, discountPercent: p.discountPercent } : null;
        },
        rules,
        k,
        locale,
      });
    },
  };
}

/** The extension model's evidence as a reason, products by name. */
function crossSellReason(model: FittedExtensionModel, c: number, p: number, nameOf: (p: number) => string): Reason {
  const e = model.evidence(c, p);
  return { code: 'cross-sell', because: e.because.map(nameOf), recentBuyers: e.recentBuyers, withinDays: DEFAULT_EXTENSION_SETTINGS.popularityWindowDays };
}
