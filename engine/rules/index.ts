// The public face of business rules.

export type { BusinessRules, ClientRule, PriceRule, PriceCondition } from './BusinessRules.js';
