import type { BoostingOptions } from './boostedTrees.js';

/** How the campaign propensity model is learnt. */
export interface PropensitySettings {
  /** Days after a cut-off in which a purchase counts as a response. */
  horizonDays: number;
  /** How many earlier cut-offs the model learns from, each `horizonDays` before the next (the first `horizonDays` before as-of). */
  trainingCutoffs: number;
  /** Days between earlier cut-offs (default: the horizon); the latest is always one horizon before as-of, so no label reaches it. */
  cutoffStepDays?: number;
  /** Products learnt from at each earlier cut-off: the best sellers of its last 90 days. */
  trainingProducts: number;
  /** Ridge penalty of the logistic regression (on standardised features). */
  l2: number;
  /** The learner: a logistic regression (default: on the dev protocol it ranked better than the trees, 0.100 / 0.785 against 0.093 / 0.776) or boosted trees. */
  learner: 'boosted' | 'logistic';
  /** How the trees are grown (defaults: `DEFAULT_BOOSTING`). */
  boosting?: Partial<BoostingOptions>;
}

/**
 * Defaults. Two earlier cut-offs (62 and 124 days back) because the shared data holds 7 months
 * before its dev cut-off and each cut-off needs history behind it; 60 products per cut-off: the
 * protocol's pool, so the model learns on the kind of product a campaign pushes.
 */
export const DEFAULT_PROPENSITY_SETTINGS: PropensitySettings = {
  horizonDays: 62,
  trainingCutoffs: 2,
  trainingProducts: 60,
  l2: 1,
  learner: 'logistic',
};
