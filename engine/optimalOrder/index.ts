// The public face of the optimal order: sections, rules, prices, promotions, ranking.

export type { OptimalOrder, OptimalOrderLine, LineKind as OptimalLineKind, LinePromotion, UsualOrder, ClientOffer } from './OptimalOrder.js';

// The pricing step every order shares: a promotion only when it lowers the price, the last price, the client discount given
export type { LinePrice } from './LinePrice.js';
export { linePricer, type LinePricing } from './linePricer.js';
export { choosePromotion, type PromotedPrice } from './choosePromotion.js';
export { assembleOptimalOrder, DEFAULT_NOVELTY, type AssemblyInput, type CandidateLine } from './assembleOptimalOrder.js';
export { fitOptimalOrder, fitFromPrepared, type FittedOptimalOrder, type OptimalOrderOptions } from './fitOptimalOrder.js';
export { PREPARED_MODEL_FORMAT, type PreparedModel } from './PreparedModel.js';
export { encodePreparedModel, decodePreparedModel } from './preparedModelCodec.js';
export { ACCOUNT_INSIGHT_FORMAT, type AccountInsight } from './AccountInsight.js';
export { encodeAccountInsight, decodeAccountInsight, MAX_INSIGHT_CHARS } from './accountInsightCodec.js';
// What the shared model may say about few customers
export { MIN_CELL_BUYERS, productBuyers } from '../privacy/index.js';
export { newCustomerOrder } from './newCustomerOrder.js';
