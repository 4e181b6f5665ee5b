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
 * Defaults. Four earlier cut-offs a month apart (62, 93, 124 and 155 days back): the latest is one
 * horizon back, so its labels end by as-of; the earliest still has two months of history behind it
 * on the shared data (7 months before its dev cut-off). More periods, more rows: on the dev protocol
 * 2 cut-offs 62 days apart gave 0.100 / 0.785, these 4 0.108 / 0.786, 6 20 days apart 0.103 / 0.786
 * (within noise of each other; decisions/0027). 60 products per cut-off: the protocol's pool, so the
 * model learns on the kind of product a campaign pushes.
 */
export const DEFAULT_PROPENSITY_SETTINGS: PropensitySettings = {
  horizonDays: 62,
  trainingCutoffs: 4,
  cutoffStepDays: 31,
  trainingProducts: 60,
  l2: 1,
  learner: 'logistic',
};
