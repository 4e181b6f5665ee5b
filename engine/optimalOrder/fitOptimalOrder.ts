import { PeerShares } from '../development/index.js';
import type { FeedbackRecord } from '../feedback/index.js';
import { DEFAULT_EXTENSION_SETTINGS, extensionFromPrepared, extensionModel, habitualFromPrepared, habitualModel, padded, populationBasketSize } from '../models/index.js';
import { EngineError } from '../EngineError.js';
import { PriceBook, productDemand } from '../pricing/index.js';
import { sliceHistory, type OrderHistory } from '../prep/index.js';
import { productQuantities } from '../quantity/index.js';
import type { Promotion } from '../promotions/index.js';
import type { BusinessRules } from '../rules/index.js';
import { segmentCustomers, type CustomerSegment } from '../segments/index.js';
import type { EngineParts } from './EngineParts.js';
import type { OptimalOrder } from './OptimalOrder.js';
import type { AccountInsight } from './AccountInsight.js';
import { accountInsightOf, neighbourScoresFrom } from './accountInsights.js';
import type { PreparedModel } from './PreparedModel.js';
import { prepareModel } from './prepareModel.js';
import { proposalSetup } from './ProposalSetup.js';
import { proposeOrder } from './proposeOrder.js';

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
  /**
   * The shared part of what `propose` takes from other customers, as plain data holding no
   * account id and no per-account row: with a customer's insight (`insight`) and its own history,
   * `fitFromPrepared` proposes what `propose` does.
   */
  prepare(): PreparedModel;
  /**
   * What customer index `c`'s view needs from other customers (its neighbour-blended scores), to
   * store under that account's sharing; null for a customer with no order before as-of.
   */
  insight(c: number): AccountInsight | null;
}

/** Days a novelty's probability refers to, unless the options say otherwise (the extension model's default). */
const DEFAULT_HORIZON_DAYS = DEFAULT_EXTENSION_SETTINGS.horizonDays;

/** Fewest orders of a customer, and of the peers it is compared with, to judge under-buying. */
const MIN_ORDERS_FOR_RHYTHM = 3;

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
  return optimalOrders(fitParts(history, asOf, options), options);
}

/** The parts `fitOptimalOrder` fits on a whole history (exported for the steps' tests; not public). */
export function fitParts(history: OrderHistory, asOf: number, options: Pick<OptimalOrderOptions, 'horizonDays'> = {}): EngineParts {
  const past = sliceHistory(history, { before: asOf });
  const horizon = options.horizonDays === undefined ? {} : { horizonDays: options.horizonDays };
  const segmentList = segmentCustomers(past, asOf, horizon);
  return {
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
    quantities: productQuantities(past),
  };
}

/**
 * The optimal orders of the customers of `history` (typically one account with its latest
 * orders) from a prepared model (`FittedOptimalOrder.prepare`): what other customers say comes
 * from the model, as it was on the date it was prepared; the customer's own orders, segment and
 * prices from `history`, as of `asOf`. The history must number products as the model does (build
 * it with `new HistoryBuilder({ ids: model.productIds, names: model.productNames })`).
 * `insights` are the customers' account insights (`FittedOptimalOrder.insight`) by customer id:
 * what its nearest customers buy. A customer without one (new since the model, or one the caller
 * may not read) gets neighbour scores of 0, its own history still counting; an insight of another
 * model (`modelAsOf`) or engine version is ignored.
 */
export function fitFromPrepared(
  model: PreparedModel,
  history: OrderHistory,
  asOf: number,
  options: OptimalOrderOptions = {},
  insights: ReadonlyMap<string, AccountInsight> = new Map(),
): FittedOptimalOrder {
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
      habitual: habitualFromPrepared(model.habitual, past, asOf, neighbourScoresFrom(model, past, insights)),
      extension: extensionFromPrepared(model.extension, past, asOf),
      peers: new PeerShares({ shares: padded(model.peerShares, n, NaN) }, MIN_ORDERS_FOR_RHYTHM),
      segments: new Map(segmentList.map((s) => [s.customer, s] as const)),
      book: new PriceBook(past, asOf, segmentList, model.prices),
      demand: past.productIds.map((_, p) => model.demand[p] ?? 'steady'),
      productNames: past.productNames,
      horizonDays: model.horizonDays ?? DEFAULT_HORIZON_DAYS,
      // A model prepared before order sizing has none: each customer is sized on its own orders.
      basketSizePrior: model.basketSizePrior ?? NaN,
      // A model prepared before the quantity guard has none: the customer's own orders stand for everyone's.
      quantities: model.quantities ?? productQuantities(past),
    },
    options,
    model.asOf,
  );
}

/**
 * The fitted engine over its parts: `propose` is `proposeOrder` with what every customer shares
 * worked out once; insights go with the model of `modelAsOf` (a view's insights with the model it read).
 */
function optimalOrders(parts: EngineParts, options: OptimalOrderOptions, modelAsOf = parts.asOf): FittedOptimalOrder {
  const setup = proposalSetup(parts, options);
  return {
    segments: parts.segments,
    prepare: () => prepareModel(parts),
    insight: (c: number) => accountInsightOf(parts.past, modelAsOf, parts.habitual, c),
    propose: (c: number) => proposeOrder(setup, c),
  };
}
