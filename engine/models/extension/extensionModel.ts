import { DAY_MS, firstBasketFrom, markBasket, sliceHistory, type OrderHistory } from '../../prep/index.js';
import { LogisticRegression, type LogisticRegressionState } from '../LogisticRegression.js';
import type { FittedModel, Model, ScoredProduct } from '../Model.js';
import { padded } from '../padded.js';
import { ExtensionFeatures } from './ExtensionFeatures.js';
import { DEFAULT_EXTENSION_SETTINGS, EXTENSION_FEATURE_COUNT, type ExtensionSettings } from './ExtensionSettings.js';
import { firstOrderQuantities } from './firstOrderQuantities.js';
import { fitItemModel, type ItemModel } from './ItemModel.js';

/** The uncalibrated probability is this share of the association-rule confidence. */
const UNCALIBRATED_SHRINK = 0.5;

/** Why a product is suggested to a customer who never bought it. */
export interface ExtensionEvidence {
  /** Products the customer bought that most suggest it (product indexes, strongest first, at most 2). */
  because: number[];
  /** Customers who bought it in the last `popularityWindowDays`. */
  recentBuyers: number;
}

/** A fitted range-extension model. */
export interface FittedExtensionModel extends FittedModel {
  /** The calibrator (null: too little history, probabilities are buyer shares). */
  readonly calibrator: LogisticRegression | null;
  /** The evidence behind suggesting product `p` to customer `c`. */
  evidence(c: number, p: number): ExtensionEvidence;
  /** What scoring a customer needs besides its own history. */
  prepared(): PreparedExtension;
}

/** The range-extension model: a `Model` of never-bought products whose fitted form explains itself. */
export interface ExtensionModel extends Model {
  fit(history: OrderHistory, asOf: number): FittedExtensionModel;
}

/**
 * Range extension (cross-sell): products a customer never bought, ranked and given a calibrated
 * probability of being in its next order within the horizon.
 *
 * Candidates come from EASE (Steck 2019) over the customer's whole range; a logistic calibrator
 * then turns EASE's and cosine item-kNN's scores, recency-weighted variants, the product's
 * popularity and trend, into a probability. The calibrator is learnt at the cut-off one horizon
 * before as-of, on item models fitted on the history before that cut-off, with labels from the
 * orders between the cut-off and as-of: Platt scaling with covariates, on data the item models
 * never saw. With too little history to learn it, products keep EASE's order and the probability
 * is the association-rule confidence (of those who buy one of the customer's products, the share who
 * buy it) shrunk by half: a buyer of A who will buy B some day need not buy it in the next order.
 * Quantities are the median quantity customers take the first time they buy the product.
 */
export function extensionModel(settings: Partial<ExtensionSettings> = {}): ExtensionModel {
  const s = { ...DEFAULT_EXTENSION_SETTINGS, ...settings };
  return {
    name: 'Optimal Order extension',
    fit(history: OrderHistory, asOf: number): FittedExtensionModel {
      const past = sliceHistory(history, { before: asOf });
      const calibrator = fitCalibrator(past, asOf, s);
      return fitted(past, asOf, s, calibrator, fitItemModel(past, s), firstOrderQuantities(past));
    },
  };
}

/** The extension model as plain data: calibrator, item models, and the products' buyers and first quantities. */
export interface PreparedExtension {
  calibrator: LogisticRegressionState | null;
  items: ItemModel;
  /** By product: customers who bought it in the popularity window. */
  recentBuyers: Float64Array;
  /** By product: the median quantity of a first purchase. */
  quantities: Float64Array;
}

/**
 * The extension model of the customers of `past` (typically one, with its latest orders) from a
 * prepared model: item models, calibrator and popularity as they were when prepared, the
 * customers' own ranges from `past` as of `asOf`. Products new since then are not modelled.
 */
export function extensionFromPrepared(prepared: PreparedExtension, past: OrderHistory, asOf: number, settings: Partial<ExtensionSettings> = {}): FittedExtensionModel {
  const s = { ...DEFAULT_EXTENSION_SETTINGS, ...settings };
  const n = past.productIds.length;
  const items = { ...prepared.items, position: padded(prepared.items.position, n, -1), buyers: padded(prepared.items.buyers, n, 0) };
  const calibrator = prepared.calibrator && LogisticRegression.fromState(prepared.calibrator);
  return fitted(sliceHistory(past, { before: asOf }), asOf, s, calibrator, items, padded(prepared.quantities, n, 1), prepared.recentBuyers);
}

function fitted(past: OrderHistory, asOf: number, s: ExtensionSettings, calibrator: LogisticRegression | null, items: ItemModel, quantities: Float64Array, recentBuyers?: Float64Array): FittedExtensionModel {
  const features = new ExtensionFeatures(past, asOf, items, s, recentBuyers);
  const nCustomers = past.customerIds.length;
  const probability = (customer: number, f: Float64Array, o: number, p: number) =>
    calibrator ? calibrator.probability(f, o) : features.confidence(customer, p) * UNCALIBRATED_SHRINK;
  return {
    calibrator,
    // Co-purchase counts only serve the uncalibrated probability: a calibrated model stores none (a third of its size).
    prepared: () => ({ calibrator: calibrator && calibrator.state(), items: calibrator ? { ...items, together: new Float32Array(0) } : items, recentBuyers: features.recentBuyerCounts, quantities }),
    recommend(customer: number, k: number): ScoredProduct[] {
      if (!(Number.isInteger(customer) && customer >= 0 && customer < nCustomers)) return [];
      const { products, features: f } = features.candidates(customer);
      // Calibrated: best probability first. Uncalibrated: EASE's order.
      const scored = Array.from(products, (p, r) => ({ p, q: probability(customer, f, r * EXTENSION_FEATURE_COUNT, p), s: calibrator ? 0 : products.length - r }));
      if (calibrator) for (const x of scored) x.s = x.q;
      scored.sort((a, b) => b.s - a.s || a.p - b.p);
      return scored.slice(0, k).map(({ p, q, s }) => ({ product: p, score: s, probability: q, quantity: quantities[p]! }));
    },
    evidence(c: number, p: number): ExtensionEvidence {
      return { because: features.because(c, p, 2), recentBuyers: features.recentBuyersOf(p) };
    },
  };
}

/**
 * Learns the calibrator at the cut-off one horizon before as-of: every customer who ordered
 * between the cut-off and as-of contributes its candidates, labelled by whether its first order
 * in that window holds them. Null when there are too few of either label.
 */
function fitCalibrator(past: OrderHistory, asOf: number, s: ExtensionSettings): LogisticRegression | null {
  const cutoff = asOf - s.horizonDays * DAY_MS;
  const before = sliceHistory(past, { before: cutoff });
  if (before.basketTime.length === 0) return null;
  const features = new ExtensionFeatures(before, cutoff, fitItemModel(before, s), s);
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  const inTarget = new Uint8Array(past.productIds.length);
  for (let c = 0; c < past.customerIds.length; c++) {
    const target = firstBasketFrom(past, c, cutoff);
    if (target < 0) continue;
    const { products, features: f } = features.candidates(c);
    if (products.length === 0) continue;
    markBasket(past, target, inTarget, 1);
    rows.push(f);
    for (const p of products) labels.push(inTarget[p]!);
    markBasket(past, target, inTarget, 0);
  }
  const positives = labels.reduce((n, y) => n + y, 0);
  if (positives < s.minTrainingRows || labels.length - positives < s.minTrainingRows) return null;
  const flat = new Float64Array(labels.length * EXTENSION_FEATURE_COUNT);
  let offset = 0;
  for (const r of rows) flat.set(r, offset), (offset += r.length);
  return LogisticRegression.fit(flat, Uint8Array.from(labels), EXTENSION_FEATURE_COUNT, { l2: s.l2 });
}

