// The public face of promotions.

export type { Promotion } from './Promotion.js';
