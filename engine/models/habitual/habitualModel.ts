import { sliceHistory, type OrderHistory } from '../../prep/index.js';
import { LogisticRegression } from '../LogisticRegression.js';
import type { FittedModel, Model, ScoredProduct } from '../Model.js';
import { medianQuantity } from '../medianQuantity.js';
import { CandidateFeatures } from './CandidateFeatures.js';
import { DEFAULT_HABITUAL_SETTINGS, FEATURE_COUNT, type HabitualSettings } from './HabitualSettings.js';
import { trainingSet } from './trainingSet.js';

/** Quantities come from the customer's last three orders of the product (see decisions/0002). */
const RECENT_QUANTITIES = 3;

/** A fitted habitual-order model, with its ranker exposed for inspection. */
export interface FittedHabitualModel extends FittedModel {
  readonly ranker: LogisticRegression;
}

/**
 * The engine's habitual-order model: a logistic-regression ranker over per-(customer, product)
 * features — TIFU's decayed own and neighbour scores, frequency, recency, the product's own
 * rhythm and how due it is, and global trend — trained on earlier cut-offs of the same history.
 * Its output is a probability that the product is in the customer's next order.
 */
export function habitualModel(settings: Partial<HabitualSettings> = {}): Model & { fit(h: OrderHistory, asOf: number): FittedHabitualModel } {
  const s = { ...DEFAULT_HABITUAL_SETTINGS, ...settings };
  return {
    name: 'Optimal Order habitual',
    fit(history: OrderHistory, asOf: number): FittedHabitualModel {
      const train = trainingSet(history, asOf, s);
      const ranker = LogisticRegression.fit(train.rows, train.labels, FEATURE_COUNT, { l2: s.l2, weights: train.weights });
      const past = sliceHistory(history, { before: asOf });
      const features = new CandidateFeatures(past, asOf, s);
      const quantityOf = medianQuantity(past, { recentOrders: RECENT_QUANTITIES });
      return {
        ranker,
        recommend(customer: number, k: number): ScoredProduct[] {
          if (!(customer >= 0 && customer < past.customerIds.length)) return [];
          const { products, features: f } = features.candidates(customer);
          const scored = Array.from(products, (p, r) => ({ p, z: ranker.logit(f, r * FEATURE_COUNT) }));
          scored.sort((a, b) => b.z - a.z || a.p - b.p);
          return scored.slice(0, k).map(({ p, z }) => ({
            product: p,
            score: z,
            probability: 1 / (1 + Math.exp(-z)),
            quantity: quantityOf(customer, p),
          }));
        },
      };
    },
  };
}
