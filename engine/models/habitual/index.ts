// The engine's own habitual-order model.

export { habitualModel, habitualFromPrepared, type FittedHabitualModel, type HabitualModel, type PreparedHabitual } from './habitualModel.js';
export type { HabitualGlobals } from './habitualGlobals.js';
export { INSIGHT_EXPLORE_FACTOR } from './CandidateFeatures.js';
export type { ProductScores } from './NeighbourScores.js';
export { DEFAULT_HABITUAL_SETTINGS, FEATURE_NAMES, type HabitualSettings } from './HabitualSettings.js';
