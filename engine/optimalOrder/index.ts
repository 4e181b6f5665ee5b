// The public face of the optimal order: sections, rules, prices, promotions, ranking.

export type { OptimalOrder, OptimalOrderLine, LineKind as OptimalLineKind, LinePromotion, UsualOrder } from './OptimalOrder.js';
export { assembleOptimalOrder, DEFAULT_NOVELTY, type AssemblyInput, type CandidateLine } from './assembleOptimalOrder.js';
export { fitOptimalOrder, fitFromPrepared, type FittedOptimalOrder, type OptimalOrderOptions } from './fitOptimalOrder.js';
export { PREPARED_MODEL_FORMAT, type PreparedModel } from './PreparedModel.js';
export { encodePreparedModel, decodePreparedModel } from './preparedModelCodec.js';
export { newCustomerOrder } from './newCustomerOrder.js';
