// The public face of the models: one interface, the engine's model and the baselines.

export type { Model, FittedModel, ScoredProduct } from './Model.js';
export { padded } from './padded.js';
export { topByScore } from './topByScore.js';
export { LogisticRegression, type LogisticRegressionState } from './LogisticRegression.js';

// Baselines
export { gTopFreq } from './gTopFreq.js';
export type { GTopFreqOptions } from './gTopFreq.js';
export { pTopFreq } from './pTopFreq.js';
export type { PTopFreqOptions } from './pTopFreq.js';

// Quantities
export { medianQuantity, median, lowerMedian } from './medianQuantity.js';
export type { QuantityRule, MedianQuantityOptions } from './medianQuantity.js';

// TIFU-KNN (the bar to beat) and the engine's own model
export { tifuKnn, TIFU_PAPER_DEFAULTS, TIFU_INSTACART, type TifuKnnOptions } from './tifuKnn.js';
export { habitualModel, habitualFromPrepared, DEFAULT_HABITUAL_SETTINGS, FEATURE_NAMES, type FittedHabitualModel, type HabitualModel, type HabitualSettings, type PreparedHabitual } from './habitual/index.js';

// The neighbour search behind both (pruned cosine), and what measures it against the exact one
export { DEFAULT_NEIGHBOUR_SEARCH, type NeighbourSearchOptions } from './nearestNeighbours.js';
export { habitualNeighbours, neighbourRecall, type NeighbourSearchSettings } from './neighbourRecall.js';

// Range extension (cross-sell)
export { extensionModel, extensionFromPrepared, DEFAULT_EXTENSION_SETTINGS, EXTENSION_FEATURE_NAMES, ExtensionFeatures, fitItemModel, firstOrderQuantities, type ExtensionModel, type FittedExtensionModel, type ExtensionEvidence, type ExtensionSettings, type ItemModel, type PreparedExtension } from './extension/index.js';

// Order size (how many lines the whole order holds)
export { basketSizes, usualBasketSize, expectedBasketSize, populationBasketSize, f1OptimalCount, type F1OptimalCountOptions, type FixedLines } from './orderSize/index.js';
