import type { NeighbourMetric } from '../nearestNeighbours.js';
import type { TifuDecay } from '../tifuVectors.js';

/** Number of features per (customer, product) candidate; see `CandidateFeatures`. */
export const FEATURE_COUNT = 20;

/** Names of the features, in order, for inspecting the fitted ranker's weights. */
export const FEATURE_NAMES = [
  'tifu own', 'tifu neighbours', 'basket share', 'log count', 'log days since last', 'in last order',
  'share of last 3 orders', 'has rhythm', 'log dueness', 'abs log dueness', 'log recent popularity',
  'trend', 'repeat rate', 'log orders', 'share × log orders', 'bought before', 'log days since last order',
  'regularity', 'regularity × log dueness', 'regularity × abs log dueness',
] as const;

/** Settings of the engine's habitual-order model. */
export interface HabitualSettings {
  /** Time decay of the personal vectors (TIFU's m, r_b, r_g). */
  decay: TifuDecay;
  /** Nearest customers whose vectors give the neighbour feature and the explore candidates. */
  neighbours: number;
  /** How nearness is measured between customers' vectors. */
  metric: NeighbourMetric;
  /** A neighbour contributes its this-many strongest products (bounds the cost of heavy customers). */
  neighbourProducts: number;
  /** Products never bought by the customer added as candidates, from its neighbours. */
  exploreCandidates: number;
  /** Days between the earlier cut-offs the ranker is trained on. */
  trainingStepDays: number;
  /** Number of earlier cut-offs. */
  trainingCutoffs: number;
  /** Ridge penalty of the ranker. */
  l2: number;
  /**
   * Share of negative training rows kept (all positives are kept; kept negatives weigh 1/share,
   * so the likelihood is unbiased). 0.3 cut fit time by ~40 % at no measurable cost in ranking.
   */
  negativeSampling: number;
  /**
   * Fewest positive and negative training rows to learn the ranker from. Below this (a new org, a
   * small file) the model ranks by TIFU's blend of own and neighbours' decayed frequency instead,
   * which needs no training; 50 of each keep 21 coefficients from fitting noise.
   */
  minTrainingRows: number;
}

/**
 * Defaults, chosen on three cut-offs (2011-05-01, 06-01, 07-01), not the dev protocol's alone:
 * TIFU's paper decay; 50 cosine neighbours over each customer's 50 strongest products (Euclidean
 * with 300 scored lower and cost 3× the time); three training cut-offs four weeks apart (the last
 * 12 weeks; four cut-offs three weeks apart scored the same, ±0.001, and took a third longer); a firm ridge (l2 = 10 matched l2 = 1 and is the safer bet on months it has not seen).
 * See decisions/0002-habitual-model.md.
 */
export const DEFAULT_HABITUAL_SETTINGS: HabitualSettings = {
  decay: { groups: 7, withinDecay: 0.9, groupDecay: 0.7 },
  neighbours: 50,
  metric: 'cosine',
  neighbourProducts: 50,
  exploreCandidates: 10,
  trainingStepDays: 28,
  trainingCutoffs: 3,
  l2: 10,
  negativeSampling: 0.3,
  minTrainingRows: 50,
};
