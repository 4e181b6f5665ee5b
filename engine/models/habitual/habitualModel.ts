import { sliceHistory, type OrderHistory } from '../../prep/index.js';
import { LogisticRegression, type LogisticRegressionState } from '../LogisticRegression.js';
import type { FittedModel, Model, ScoredProduct } from '../Model.js';
import { medianQuantity } from '../medianQuantity.js';
import { CandidateFeatures } from './CandidateFeatures.js';
import { habitualGlobals, type HabitualGlobals } from './habitualGlobals.js';
import { MIN_CELL_BUYERS } from '../../privacy/index.js';
import { storedNeighbourScores, type NeighbourScores, type ProductScores } from './NeighbourScores.js';
import { DEFAULT_HABITUAL_SETTINGS, FEATURE_COUNT, type HabitualSettings } from './HabitualSettings.js';
import { trainingSet } from './trainingSet.js';

/** Quantities come from the customer's last three orders of the product, their lower median (see decisions/0002, 0017). */
const RECENT_QUANTITIES = 3;

/** TIFU's weight of the customer's own vector in the untrained fallback (its Instacart setting). */
const FALLBACK_ALPHA = 0.9;

/** A fitted habitual-order model, with its ranker exposed for inspection (`null`: the untrained fallback). */
export interface FittedHabitualModel extends FittedModel {
  readonly ranker: LogisticRegression | null;
  /** What scoring any customer needs besides its own history and its neighbours: the ranker and the globals. */
  prepared(): PreparedHabitual;
  /** What scoring customer `c` needs from its neighbours: their blended scores, cut to what its candidates use (`CandidateFeatures.neighbourInsight`). */
  neighbourInsight(c: number): ProductScores;
}

/** The habitual model as plain data shared by every customer: its ranker and the products' popularity (see `HabitualGlobals`). */
export interface PreparedHabitual extends HabitualGlobals {
  ranker: LogisticRegressionState | null;
}

/** The habitual-order model: a `Model` whose fitted form exposes its ranker. */
export interface HabitualModel extends Model {
  fit(history: OrderHistory, asOf: number): FittedHabitualModel;
}

/**
 * The engine's habitual-order model: a logistic-regression ranker over per-(customer, product)
 * features — TIFU's decayed own and neighbour scores, frequency, recency, the product's own
 * rhythm and how due it is, and global trend — trained on earlier cut-offs of the same history.
 * Its output is a probability that the product is in the customer's next order (given that it
 * orders). With too little history to train on, it falls back to TIFU's scores (`minTrainingRows`).
 */
export function habitualModel(settings: Partial<HabitualSettings> = {}): HabitualModel {
  const s = { ...DEFAULT_HABITUAL_SETTINGS, ...settings };
  return {
    name: 'Optimal Order habitual',
    fit(history: OrderHistory, asOf: number): FittedHabitualModel {
      const past = sliceHistory(history, { before: asOf });
      const train = trainingSet(past, asOf, s);
      const positives = train.labels.reduce((n, y) => n + y, 0);
      const learnable = positives >= s.minTrainingRows && train.labels.length - positives >= s.minTrainingRows;
      const ranker = learnable ? LogisticRegression.fit(train.rows, train.labels, FEATURE_COUNT, { l2: s.l2, weights: train.weights }) : null;
      return fitted(past, asOf, s, ranker);
    },
  };
}

/**
 * The habitual model of the customers of `past` (typically one, with its latest orders) from a
 * prepared model: the ranker and globals as they were when prepared, each customer's neighbour
 * scores as stored for it (`neighbours`, by customer index of `past`; a customer without any
 * scores 0 there), the customers' own features from `past` as of `asOf`.
 */
export function habitualFromPrepared(
  prepared: PreparedHabitual,
  past: OrderHistory,
  asOf: number,
  neighbours: ReadonlyMap<number, ProductScores> = new Map(),
  settings: Partial<HabitualSettings> = {},
): FittedHabitualModel {
  const s = { ...DEFAULT_HABITUAL_SETTINGS, ...settings };
  const { ranker, recentShare, trend, repeatRate } = prepared;
  const stored = { globals: { recentShare, trend, repeatRate }, neighbours: storedNeighbourScores(neighbours, past.productIds.length) };
  return fitted(sliceHistory(past, { before: asOf }), asOf, s, ranker && LogisticRegression.fromState(ranker), stored);
}

function fitted(
  past: OrderHistory,
  asOf: number,
  s: HabitualSettings,
  ranker: LogisticRegression | null,
  stored?: { globals: HabitualGlobals; neighbours: NeighbourScores },
): FittedHabitualModel {
  // Both give the probability that the candidate whose features start at `o` is in the next order.
  const probability = ranker
    ? (f: Float64Array, o: number) => ranker.probability(f, o)
    : (f: Float64Array, o: number) => Math.min(1, FALLBACK_ALPHA * f[o]! + (1 - FALLBACK_ALPHA) * f[o + 1]!);
  // Scored with the globals a prepared model may share (MIN_CELL_BUYERS), so a view scores as the whole fit does.
  const features = new CandidateFeatures(past, asOf, s, stored?.globals ?? habitualGlobals(past, asOf, MIN_CELL_BUYERS), stored?.neighbours);
  const quantityOf = medianQuantity(past, { recentOrders: RECENT_QUANTITIES, lower: true });
  return {
    ranker,
    prepared: () => ({ ranker: ranker && ranker.state(), ...features.globals }),
    neighbourInsight: (c: number) => features.neighbourInsight(c),
    recommend(customer: number, k: number): ScoredProduct[] {
      if (!(Number.isInteger(customer) && customer >= 0 && customer < past.customerIds.length)) return [];
      const { products, features: f } = features.candidates(customer);
      const scored = Array.from(products, (p, r) => ({ p, q: probability(f, r * FEATURE_COUNT) }));
      scored.sort((a, b) => b.q - a.q || a.p - b.p);
      return scored.slice(0, k).map(({ p, q }) => ({ product: p, score: q, probability: q, quantity: quantityOf(customer, p) }));
    },
  };
}
