import { applyPriceRules, type BasePrice, type PriceContext, type PricePromotion, type PriceQuote } from '../pricing/index.js';
import type { BusinessRules } from '../rules/index.js';
import type { LinePromotion } from './OptimalOrder.js';

/** A line's price with the promotion it keeps, if any. */
export interface PromotedPrice {
  price: PriceQuote;
  promotion: LinePromotion | null;
}

/**
 * The line's price with `offered` (its best promotion, `bestPromotion`) only when the promotion
 * lowers the final price, after every price rule, floor included: a floor that brings the price
 * back where it was leaves the line without the promotion, and its steps without the promotion's
 * step. The promotion kept says what it takes off (`appliedPercent`, of the price without it).
 * The best promotion is the largest discount, and bounds only clamp, so when it does not lower
 * the price no smaller one would.
 */
export function choosePromotion(base: BasePrice, context: PriceContext, rules: BusinessRules, offered: PricePromotion | null, locale: string): PromotedPrice {
  const without = applyPriceRules(base, context, rules, null, locale);
  if (!offered) return { price: without, promotion: null };
  const withIt = applyPriceRules(base, context, rules, offered, locale);
  if (!(withIt.value < without.value)) return { price: without, promotion: null };
  const appliedPercent = Math.round((1000 * (without.value - withIt.value)) / without.value) / 10;
  return { price: withIt, promotion: { name: offered.name, discountPercent: offered.discountPercent, appliedPercent } };
}
