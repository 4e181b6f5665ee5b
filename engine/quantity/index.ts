// The public face of quantity checks: usual multiples, usual ranges, and the guard that applies
// them to a proposed quantity.

export type { QuantityNote, UnusualQuantityNote, RoundedQuantityNote } from './QuantityNote.js';
export { usualMultiple, MIN_QUANTITIES_FOR_MULTIPLE } from './usualMultiple.js';
export { usualRange, MIN_QUANTITIES_FOR_RANGE, type UsualRange } from './usualRange.js';
export { productQuantities, MIN_PRODUCT_ORDERS, MIN_PRODUCT_ORDERS_FOR_MULTIPLE, PRODUCT_QUANTILE, type ProductQuantities } from './ProductQuantities.js';
export { QuantityGuard, type QuantityAdvice } from './QuantityGuard.js';
export { checkLineQuantity, type QuantityLine } from './checkLineQuantity.js';
