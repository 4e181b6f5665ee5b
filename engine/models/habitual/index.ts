// The engine's own habitual-order model.

export { habitualModel, type FittedHabitualModel, type HabitualModel } from './habitualModel.js';
export { DEFAULT_HABITUAL_SETTINGS, FEATURE_NAMES, type HabitualSettings } from './HabitualSettings.js';
