import type { OrderHistory } from '../prep/index.js';

/** One product proposed to one customer, with what the model believes about it. */
export interface ScoredProduct {
  /** Product index in the history the model was fitted on. */
  product: number;
  /** Ranking score; higher is better. Comparable within one customer only. */
  score: number;
  /** Probability that the product is in the customer's next order, in [0, 1]. */
  probability: number;
  /** Recommended quantity (units), > 0. */
  quantity: number;
}

/** A model fitted on a history as of a date: it ranks products for one customer at a time. */
export interface FittedModel {
  /** The top `k` products for customer index `customer`, best first. Empty for an unknown customer. */
  recommend(customer: number, k: number): ScoredProduct[];
}

/**
 * Every habitual-order model — the engine's own and each baseline — is fitted the same way, so
 * evaluation and the contract tests treat them alike. `fit` may only use baskets before `asOf`.
 */
export interface Model {
  readonly name: string;
  fit(history: OrderHistory, asOf: number): FittedModel;
}
