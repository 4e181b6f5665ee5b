import { productGroup } from '../catalog/index.js';
import { PeerShares, premiumVariant, underBought } from '../development/index.js';
import { FeedbackIndex, applyFeedback, outcomeAfter, type FeedbackRecord } from '../feedback/index.js';
import { lineReason, purchaseSummary, type Reason } from '../explain/index.js';
import { basketSizes, DEFAULT_EXTENSION_SETTINGS, expectedBasketSize, extensionFromPrepared, extensionModel, f1OptimalCount, habitualFromPrepared, habitualModel, padded, populationBasketSize, usualBasketSize, type FittedExtensionModel, type FittedHabitualModel } from '../models/index.js';
import { EngineError } from '../EngineError.js';
import { ENGINE_VERSION } from '../version.js';
import { applyPriceRules, basePrice, preparedPrices, PriceBook, productDemand, type Demand } from '../pricing/index.js';
import { formatDate, lastPurchases, sliceHistory, type OrderHistory } from '../prep/index.js';
import { bestPromotion, type Promotion } from '../promotions/index.js';
import type { BusinessRules } from '../rules/index.js';
import { segmentCustomers, type CustomerSegment } from '../segments/index.js';
import { assembleOptimalOrder, type CandidateLine } from './assembleOptimalOrder.js';
import type { LineKind, OptimalOrder, UsualOrder } from './OptimalOrder.js';
import { PREPARED_MODEL_FORMAT, type PreparedModel } from './PreparedModel.js';

/** What shapes an optimal order besides the history: all optional. */
export interface OptimalOrderOptions {
  /** Validated rules (`parseRules`). */
  rules?: BusinessRules;
  /** Validated promotions (`parsePromotions`). */
  promotions?: readonly Promotion[];
  /** What reps did with earlier proposals. */
  feedback?: readonly FeedbackRecord[];
  /**
   * Habitual lines per order at most (default: no cap). The engine sizes each order to the
   * customer: the habitual lines whose expected F1 against its next order is highest.
   */
  k?: number;
  /** BCP 47 tag of the language of reasons and price steps (default English). */
  locale?: string;
  /** Days a novelty's probability and a lost customer's value at stake refer to (default 62): the engine settings' horizon. */
  horizonDays?: number;
}

/** The fitted optimal-order engine for one as-of date. */
export interface FittedOptimalOrder {
  /** Every customer with an order before as-of, with its segment (by customer index). */
  readonly segments: ReadonlyMap<number, CustomerSegment>;
  /** The optimal order of customer index `c`; null for a customer with no order before as-of. */
  propose(c: number): OptimalOrder | null;
  /** Everything `propose` takes from other customers, as plain data: one customer's history then suffices (`fitFromPrepared`). */
  prepare(): PreparedModel;
}

/** The fitted parts an optimal order is assembled from. */
interface EngineParts {
  past: OrderHistory;
  asOf: number;
  habitual: FittedHabitualModel;
  extension: FittedExtensionModel;
  peers: PeerShares;
  segments: Map<number, CustomerSegment>;
  book: PriceBook;
  demand: readonly Demand[];
  /** The product names of never-bought suggestions (a one-customer history names only its own). */
  productNames: readonly string[];
  horizonDays: number;
  /** The prior of each customer's expected basket size (`populationBasketSize`); `NaN`: none. */
  basketSizePrior: number;
}

/** Days a novelty's probability refers to, unless the options say otherwise (the extension model's default). */
const DEFAULT_HORIZON_DAYS = DEFAULT_EXTENSION_SETTINGS.horizonDays;

/** Habitual candidates after the order's last habitual line checked for under-buying, per habitual line (at least `MIN_DEVELOPMENT_CHECKS`). */
const CANDIDATE_FACTOR = 1;

/** Fewest habitual candidates after the last habitual line checked for under-buying. */
const MIN_DEVELOPMENT_CHECKS = 10;

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
  const past = sliceHistory(history, { before: asOf });
  const horizon = options.horizonDays === undefined ? {} : { horizonDays: options.horizonDays };
  const segmentList = segmentCustomers(past, asOf, horizon);
  return optimalOrders(
    {
      past,
      asOf,
      habitual: habitualModel().fit(history, asOf),
      extension: extensionModel(horizon).fit(history, asOf),
      peers: new PeerShares(past, MIN_ORDERS_FOR_RHYTHM),
      segments: new Map(segmentList.map((s) => [s.customer, s] as const)),
      book: new PriceBook(past, asOf, segmentList),
      demand: productDemand(past, asOf),
      productNames: past.productNames,
      horizonDays: options.horizonDays ?? DEFAULT_HORIZON_DAYS,
      basketSizePrior: populationBasketSize(past),
    },
    options,
  );
}

/**
 * The optimal orders of the customers of `history` (typically one account with its latest
 * orders) from a prepared model (`FittedOptimalOrder.prepare`): what other customers say comes
 * from the model, as it was on the date it was prepared; the customer's own orders, segment and
 * prices from `history`, as of `asOf`. The history must number products as the model does (build
 * it with `new HistoryBuilder({ ids: model.productIds, names: model.productNames })`).
 */
export function fitFromPrepared(model: PreparedModel, history: OrderHistory, asOf: number, options: OptimalOrderOptions = {}): FittedOptimalOrder {
  model.productIds.forEach((id, p) => {
    if (history.productIds[p] !== id) throw new EngineError('PRODUCTS_MISMATCH', `The history numbers product ${p} '${history.productIds[p]}', the prepared model '${id}': build it with the model's products`);
  });
  const past = sliceHistory(history, { before: asOf });
  const n = past.productIds.length;
  // The horizon the model was prepared with (62 days for a model that predates the setting).
  const segmentList = segmentCustomers(past, asOf, { horizonDays: model.horizonDays ?? DEFAULT_HORIZON_DAYS });
  return optimalOrders(
    {
      past,
      asOf,
      habitual: habitualFromPrepared(model.habitual, past, asOf),
      extension: extensionFromPrepared(model.extension, past, asOf),
      peers: new PeerShares({ shares: padded(model.peerShares, n, NaN) }, MIN_ORDERS_FOR_RHYTHM),
      segments: new Map(segmentList.map((s) => [s.customer, s] as const)),
      book: new PriceBook(past, asOf, segmentList, model.prices),
      demand: past.productIds.map((_, p) => model.demand[p] ?? 'steady'),
      productNames: past.productNames,
      horizonDays: model.horizonDays ?? DEFAULT_HORIZON_DAYS,
      // A model prepared before order sizing has none: each customer is sized on its own orders.
      basketSizePrior: model.basketSizePrior ?? NaN,
    },
    options,
  );
}

function optimalOrders(parts: EngineParts, options: OptimalOrderOptions): FittedOptimalOrder {
  const { past, asOf, habitual, extension, peers, segments, book, demand } = parts;
  const rules = options.rules ?? {};
  const locale = options.locale ?? 'en';
  const promotions = options.promotions ?? [];
  const excluded = new Set((rules.excludedProducts ?? []).flatMap((r) => r.productIds));
  // Promotions valid on the as-of date, once: most lines then have none to look through.
  const day = formatDate(asOf);
  const live = promotions.filter((p) => p.validFrom <= day && day <= p.validTo);
  const feedback = options.feedback?.length ? new FeedbackIndex(options.feedback, asOf, outcomeAfter(past)) : undefined;
  const nameOf = (p: number) => parts.productNames[p] || past.productIds[p]!;
  const groups = past.productIds.map(productGroup);
  const typicalPrice = (productId: string) => {
    const p = past.productIndex.get(productId);
    return p === undefined ? null : (basePrice(book, -1, p)?.value ?? null);
  };

  return {
    segments,
    prepare: () => prepareModel(parts),
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
      // The customer's own products (never-bought ones are the extension model's), after feedback, that rules and prices allow.
      const ranked = habitual.recommend(c, Number.MAX_SAFE_INTEGER).filter((r) => own.has(r.product));
      const ownLines = ranked.map((r) => line(r.product, 'habitual', r.probability, r.quantity, () => lineReason(purchaseSummary(past, c, r.product, asOf))));
      const allowed = (feedback ? applyFeedback(customerId, ownLines, feedback) : ownLines).filter((l) => !excluded.has(l.productId) && book.hasPrice(l.product));
      const sizes = basketSizes(past, c);
      const count = f1OptimalCount(allowed.map((l) => l.probability), expectedBasketSize(sizes, parts.basketSizePrior), { cap: options.k });
      const scored: ModelLine[] = allowed.slice(0, count);
      for (const l of allowed.slice(count, count + Math.max(MIN_DEVELOPMENT_CHECKS, count * CANDIDATE_FACTOR))) {
        const under = underBought(past, c, l.product, peers);
        if (under && !feedback?.suppressed(customerId, l.productId)) scored.push(line(l.product, 'development', l.probability, l.quantity, () => under));
      }
      const novelties: ModelLine[] = [];
      for (const r of extension.recommend(c, EXTENSION_CANDIDATES)) {
        const productId = past.productIds[r.product]!;
        const premium = premiumVariant(productId, boughtByGroup.get(groups[r.product]!) ?? [], typicalPrice);
        novelties.push(
          premium
            ? line(r.product, 'development', r.probability, r.quantity, () => ({ code: 'premium-variant', of: nameOf(past.productIndex.get(premium.of)!), dearerBy: premium.dearerBy }))
            : line(r.product, 'extension', r.probability, r.quantity, () => crossSellReason(extension, c, r.product, nameOf)),
        );
      }
      const lines = [...scored, ...(feedback ? applyFeedback(customerId, novelties, feedback) : novelties)];
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
      const order = assembleOptimalOrder({
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
        k: count,
        locale,
      });
      return { ...order, usual: usualOrder(sizes, segment.orderValue, order) };
    },
  };
}

/** The customer's usual order and the share of its value the proposal covers (see `OptimalOrder.usual`). */
function usualOrder(sizes: readonly number[], value: number, order: OptimalOrder): UsualOrder {
  const total = order.items.reduce((s, l) => s + l.quantity * l.price.value, 0);
  return { lines: usualBasketSize(sizes), value: round2(value), covered: value > 0 ? Math.round((100 * total) / value) / 100 : null };
}

/** To cents, first to 12 significant digits: a sum's last bit (it depends on the order lines were added in) never flips a cent. */
function round2(x: number): number {
  return Math.round(Number(x.toPrecision(12)) * 100) / 100;
}

/** The extension model's evidence as a reason, products by name. */
function crossSellReason(model: FittedExtensionModel, c: number, p: number, nameOf: (p: number) => string): Reason {
  const e = model.evidence(c, p);
  return { code: 'cross-sell', because: e.because.map(nameOf), recentBuyers: e.recentBuyers, withinDays: DEFAULT_EXTENSION_SETTINGS.popularityWindowDays };
}

/** The parts as a prepared model (see `PreparedModel`). */
function prepareModel(parts: EngineParts): PreparedModel {
  return {
    format: PREPARED_MODEL_FORMAT,
    engineVersion: ENGINE_VERSION,
    asOf: parts.asOf,
    customers: parts.segments.size,
    horizonDays: parts.horizonDays,
    productIds: parts.past.productIds,
    productNames: parts.past.productNames,
    habitual: parts.habitual.prepared(),
    extension: parts.extension.prepared(),
    peerShares: parts.peers.shares,
    prices: preparedPrices(parts.book),
    demand: [...parts.demand],
    basketSizePrior: parts.basketSizePrior,
  };
}
