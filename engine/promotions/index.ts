// The public face of promotions: their type, their validation, and matching them to lines.

export type { Promotion } from './Promotion.js';
export { parsePromotions } from './parsePromotions.js';
export { bestPromotion, promotionCovers, type PromotionLine } from './bestPromotion.js';
export { promotionWithinReach, MAX_QUANTITY_FACTOR, type PromotionOffer } from './promotionWithinReach.js';
