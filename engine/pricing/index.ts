// The public face of pricing.

export type { PriceQuote } from './PriceQuote.js';
