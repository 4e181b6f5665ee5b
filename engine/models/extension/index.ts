// The public face of range extension (cross-sell): item models, the calibrated extension model.

export { extensionModel, extensionFromPrepared, type ExtensionModel, type FittedExtensionModel, type ExtensionEvidence, type PreparedExtension } from './extensionModel.js';
export { DEFAULT_EXTENSION_SETTINGS, EXTENSION_FEATURE_NAMES, type ExtensionSettings } from './ExtensionSettings.js';
export { ExtensionFeatures, type ExtensionCandidates, type ItemScores } from './ExtensionFeatures.js';
export { fitItemModel, type ItemModel, type ItemModelSettings } from './ItemModel.js';
export { storeItemModel, readStoredItemModel, type StoredItemModel } from './StoredItemModel.js';
export { triangleLength } from './itemMatrices.js';
export { invertSymmetric } from './invertSymmetric.js';
export { firstOrderQuantities } from './firstOrderQuantities.js';
