// The public face of pricing: base prices from what was paid, demand, and price rules in order.

export type { PriceQuote } from './PriceQuote.js';

// Base prices
export { PriceBook } from './PriceBook.js';
export { basePrice, preparedPrices, MIN_ORDERS, PRICE_LEVELS, type BasePrice, type PreparedPrices } from './basePrice.js';
export { lastPaidPrice } from './lastPaidPrice.js';
export { robustMedian, OUTLIER_SPREADS, type RobustMedian } from './robustMedian.js';

// Demand
export { productDemand, DEMAND_RECENT_DAYS, DEMAND_RATIO, DEMAND_MIN_BASKETS, type Demand } from './productDemand.js';

// Rules
export { applyPriceRules, type PriceContext, type PricePromotion } from './applyPriceRules.js';
