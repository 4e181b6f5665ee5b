import type { ItemModelSettings } from './ItemModel.js';

/** Number of features per (customer, never-bought product) candidate; see `ExtensionFeatures`. */
export const EXTENSION_FEATURE_COUNT = 10;

/** Names of the features, in order, for inspecting the fitted calibrator's weights. */
export const EXTENSION_FEATURE_NAMES = [
  'ease', 'ease recent', 'log ease rank', 'log recent buyers', 'log buyers', 'variant of a bought product',
  'log products bought', 'trend', 'log cosine', 'log cosine recent',
] as const;

/** Settings of the range-extension (cross-sell) model. */
export interface ExtensionSettings extends ItemModelSettings {
  /** Never-bought products scored per customer: EASE's best. */
  candidates: number;
  /** Days over which "ordered within the horizon" is learnt and predicted; the calibration cut-off is this long before as-of. */
  horizonDays: number;
  /** Half-life, in days, of a bought product's weight in the "recent" scores. */
  recencyHalfLifeDays: number;
  /** Window of the recent-buyers count, in days. */
  popularityWindowDays: number;
  /** Ridge penalty of the calibrator. */
  l2: number;
  /** Fewest positive and negative rows to learn the calibrator from; below, probabilities are each product's share of buyers. */
  minTrainingRows: number;
}

/**
 * Defaults, chosen on the dev protocol with the calibrator trained on the cut-off 62 days earlier
 * (decisions/0009): EASE over the 500 most widely bought products with λ = 300 (1,000 products
 * added 0.006 of precision@3 for 6× the time); 50 candidates (100 scored the same, 0.102 against
 * 0.103, and cost a third more); recency half-life 60 days.
 */
export const DEFAULT_EXTENSION_SETTINGS: ExtensionSettings = {
  items: 500,
  lambda: 300,
  cosineShrink: 5,
  candidates: 50,
  horizonDays: 62,
  recencyHalfLifeDays: 60,
  popularityWindowDays: 90,
  l2: 1,
  minTrainingRows: 50,
};
