import { translate } from '../i18n/index.js';
import { applyPriceRules, basePrice, lastPaidPrice, type BasePrice, type Demand, type PriceBook } from '../pricing/index.js';
import { bestPromotion, type Promotion } from '../promotions/index.js';
import { clientKindOf, type BusinessRules } from '../rules/index.js';
import type { Segment } from '../segments/index.js';
import { choosePromotion } from './choosePromotion.js';
import type { LinePrice } from './LinePrice.js';
import type { LineKind } from './OptimalOrder.js';

/** What one customer's lines are priced from. */
export interface LinePricing {
  /** Prices paid before the as-of date; its history numbers the products. */
  book: PriceBook;
  /** The customer's index in the book's history; -1 for a customer with no order (everyone's prices). */
  customer: number;
  segment: Segment;
  /** Each product's demand, by product index (`steady` when missing). */
  demand: readonly Demand[];
  rules: BusinessRules;
  /** Promotions valid on `asOf` (the others are never offered anyway). */
  promotions: readonly Promotion[];
  asOf: number;
  locale: string;
}

/**
 * The pricing step of an optimal order, shared by `fitOptimalOrder` and `newCustomerOrder`: a
 * function giving each line its price (base price, then the price rules, `applyPriceRules`), the
 * promotion only when it lowers the final price (`choosePromotion`), the last price the customer
 * paid, the net discount, and what the client rule's discount actually takes off. A product nobody
 * paid a price for gets 0 and a step asking the rep to set it. Base prices are computed once per product.
 */
export function linePricer(s: LinePricing): (productId: string, kind: LineKind, quantity: number) => LinePrice {
  const bases = new Map<number, BasePrice | null>();
  const client = (s.rules.clientRules ?? []).find((r) => r.appliesTo === clientKindOf(s.segment));
  const withoutClient = client?.discountPercent ? { ...s.rules, clientRules: [] } : null;
  return (productId, kind, quantity) => {
    const p = s.book.past.productIndex.get(productId);
    if (p !== undefined && !bases.has(p)) bases.set(p, basePrice(s.book, s.customer, p));
    const base = p === undefined ? null : bases.get(p)!;
    if (!base) return unpriced(s.locale);
    const context = { productId, segment: s.segment, lineKind: kind, demand: s.demand[p!] ?? 'steady' };
    const offered = s.promotions.length ? bestPromotion({ productId, quantity }, s.segment, s.asOf, s.promotions) : null;
    const { price, promotion } = choosePromotion(base, context, s.rules, offered, s.locale);
    return {
      price,
      promotion,
      lastPrice: lastPaidPrice(s.book, s.customer, p!),
      netDiscount: base.value > 0 ? Math.round((1000 * (base.value - price.value)) / base.value) / 10 || 0 : null, // never -0
      withoutClientDiscount: withoutClient ? applyPriceRules(base, context, withoutClient, promotion, s.locale).value : price.value,
    };
  };
}

/** A line nobody paid a known price for: the rep sets it. */
function unpriced(locale: string): LinePrice {
  return { price: { value: 0, steps: [translate(locale, 'price.none')] }, promotion: null, lastPrice: null, netDiscount: null, withoutClientDiscount: 0 };
}
