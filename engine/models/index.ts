// The public face of the models: one interface, the engine's model and the baselines.

export type { Model, FittedModel, ScoredProduct } from './Model.js';

// Baselines
export { gTopFreq } from './gTopFreq.js';
export type { GTopFreqOptions } from './gTopFreq.js';
export { pTopFreq } from './pTopFreq.js';
export type { PTopFreqOptions } from './pTopFreq.js';

// Quantities
export { medianQuantity, median } from './medianQuantity.js';
export type { QuantityRule, MedianQuantityOptions } from './medianQuantity.js';

// TIFU-KNN (the bar to beat) and the engine's own model
export { tifuKnn, TIFU_PAPER_DEFAULTS, TIFU_INSTACART, type TifuKnnOptions } from './tifuKnn.js';
export { habitualModel, DEFAULT_HABITUAL_SETTINGS, FEATURE_NAMES, type FittedHabitualModel, type HabitualModel, type HabitualSettings } from './habitual/index.js';

// Range extension (cross-sell)
export { extensionModel, DEFAULT_EXTENSION_SETTINGS, EXTENSION_FEATURE_NAMES, ExtensionFeatures, fitItemModel, firstOrderQuantities, type ExtensionModel, type FittedExtensionModel, type ExtensionEvidence, type ExtensionSettings, type ItemModel } from './extension/index.js';
