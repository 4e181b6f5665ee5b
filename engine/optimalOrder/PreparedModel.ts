import type { PreparedExtension, PreparedHabitual } from '../models/index.js';
import type { Demand, PreparedPrices } from '../pricing/index.js';
import type { ProductQuantities } from '../quantity/index.js';

/** The format tag and version a prepared model is stored under; a reader refuses any other. */
export const PREPARED_MODEL_FORMAT = 'optimal-order-prepared-model/2';

/**
 * The shared part of what an optimal order takes from customers other than the one proposed to,
 * fitted once on the whole history (e.g. nightly) and stored: then a page view needs the model,
 * the account's insight (`AccountInsight`: its neighbours' scores) and its own orders, not the
 * org's (decisions/0011, 0025). It holds no account id and no per-account row, and no per-product
 * figure from fewer than `MIN_CELL_BUYERS` buyers, so every rep may read it. Per-product arrays
 * are indexed as `productIds`; a history proposed from must number its products the same way.
 */
export interface PreparedModel {
  format: typeof PREPARED_MODEL_FORMAT;
  /** The engine that prepared it (a reader of another version refuses it: features may differ). */
  engineVersion: string;
  /** The date it was fitted as of (ms since the epoch). */
  asOf: number;
  /** How many customers had an order before `asOf` (a count: no id, no row). */
  customers: number;
  /** The horizon it was fitted for (days a novelty's probability refers to); absent in models prepared before the setting: 62. */
  horizonDays?: number;
  productIds: string[];
  productNames: string[];
  /**
   * The caller's own reference of each product, if it set them (e.g. the Salesforce Product2 id
   * behind a product code): the engine ignores them; a caller needs them for products the
   * account never bought.
   */
  productRefs?: string[];
  habitual: PreparedHabitual;
  extension: PreparedExtension;
  /** By product: the median share of its regular buyers' orders that hold it (`NaN`: fewer than `MIN_CELL_BUYERS`). */
  peerShares: Float64Array;
  prices: PreparedPrices;
  demand: Demand[];
  /** The prior of each customer's expected basket size (`populationBasketSize`); absent in models prepared before order sizing (none then). */
  basketSizePrior?: number;
  /** All customers' quantities of each product, for the quantity guard; absent in models prepared before it. */
  quantities?: ProductQuantities;
}
