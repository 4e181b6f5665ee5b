// The public face of the optimal order: sections, rules, prices, promotions, ranking.

export type { OptimalOrder, OptimalOrderLine, LineKind as OptimalLineKind, LinePromotion } from './OptimalOrder.js';
export { assembleOptimalOrder, DEFAULT_NOVELTY, type AssemblyInput, type CandidateLine } from './assembleOptimalOrder.js';
export { fitOptimalOrder, type FittedOptimalOrder, type OptimalOrderOptions } from './fitOptimalOrder.js';
