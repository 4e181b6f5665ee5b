import { sliceHistory, type OrderHistory } from '../../prep/index.js';
import { LogisticRegression } from '../LogisticRegression.js';
import type { FittedModel, Model, ScoredProduct } from '../Model.js';
import { medianQuantity } from '../medianQuantity.js';
import { CandidateFeatures } from './CandidateFeatures.js';
import { DEFAULT_HABITUAL_SETTINGS, FEATURE_COUNT, type HabitualSettings } from './HabitualSettings.js';
import { trainingSet } from './trainingSet.js';

/** Quantities come from the customer's last three orders of the product (see decisions/0002). */
const RECENT_QUANTITIES = 3;

/** TIFU's weight of the customer's own vector in the untrained fallback (its Instacart setting). */
const FALLBACK_ALPHA = 0.9;

/** A fitted habitual-order model, with its ranker exposed for inspection (`null`: the untrained fallback). */
export interface FittedHabitualModel extends FittedModel {
  readonly ranker: LogisticRegression | null;
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
      // Both give the probability that the candidate whose features start at `o` is in the next order.
      const probability = ranker
        ? (f: Float64Array, o: number) => ranker.probability(f, o)
        : (f: Float64Array, o: number) => Math.min(1, FALLBACK_ALPHA * f[o]! + (1 - FALLBACK_ALPHA) * f[o + 1]!);
      const features = new CandidateFeatures(past, asOf, s);
      const quantityOf = medianQuantity(past, { recentOrders: RECENT_QUANTITIES });
      return {
        ranker,
        recommend(customer: number, k: number): ScoredProduct[] {
          if (!(customer >= 0 && customer < past.customerIds.length)) return [];
          const { products, features: f } = features.candidates(customer);
          const scored = Array.from(products, (p, r) => ({ p, q: probability(f, r * FEATURE_COUNT) }));
          scored.sort((a, b) => b.q - a.q || a.p - b.p);
          return scored.slice(0, k).map(({ p, q }) => ({ product: p, score: q, probability: q, quantity: quantityOf(customer, p) }));
        },
      };
    },
  };
}
