import { DEFAULT_EXTENSION_SETTINGS, topByScore } from '../models/index.js';
import { applyPriceRules, basePrice, PriceBook } from '../pricing/index.js';
import { formatDate, HistoryBuilder } from '../prep/index.js';
import { bestPromotion } from '../promotions/index.js';
import { assembleOptimalOrder, type CandidateLine } from './assembleOptimalOrder.js';
import type { OptimalOrderOptions } from './fitOptimalOrder.js';
import type { OptimalOrder } from './OptimalOrder.js';
import type { PreparedModel } from './PreparedModel.js';

/** Popular products proposed to a customer with no order yet (default). */
const POPULAR = 5;

/**
 * The opening order of a customer with no order yet (segment `new`): the must-sell assortment the
 * rules set for new customers, and the products most customers bought lately (the prepared model's
 * buyers in the popularity window), each at everyone's base price through the price rules, with
 * its promotion and reason ("popular with customers: 120 customers ordered it in 13 weeks"). The
 * novelty thresholds do not apply: there is nothing else to propose, and the rep asked.
 */
export function newCustomerOrder(model: PreparedModel, customerId: string, asOf: number, options: OptimalOrderOptions & { popular?: number } = {}): OptimalOrder {
  const rules = options.rules ?? {};
  const locale = options.locale ?? 'en';
  const day = formatDate(asOf);
  const live = (options.promotions ?? []).filter((p) => p.validFrom <= day && day <= p.validTo);
  const empty = new HistoryBuilder({ ids: model.productIds, names: model.productNames }).build();
  const book = new PriceBook(empty, asOf, [], model.prices);
  const buyers = model.extension.recentBuyers;
  const priced = model.productIds.map((_, p) => p).filter((p) => book.hasPrice(p));
  const popular: CandidateLine[] = topByScore(priced, buyers, options.popular ?? POPULAR).map((p) => ({
    productId: model.productIds[p]!,
    probability: Math.round((100 * buyers[p]!) / Math.max(1, model.customers)) / 100,
    quantity: Math.max(1, Math.round(model.extension.quantities[p]!)),
    reason: { code: 'popular', recentBuyers: buyers[p]!, withinDays: DEFAULT_EXTENSION_SETTINGS.popularityWindowDays },
  }));
  const promotionOf = (productId: string, quantity: number) => (live.length ? bestPromotion({ productId, quantity }, 'new', asOf, live) : null);
  return assembleOptimalOrder({
    customerId,
    segment: 'new',
    bought: new Set(),
    habitual: [],
    development: [],
    extension: popular,
    price: (productId, kind, quantity) => {
      const p = empty.productIndex.get(productId);
      const base = p === undefined ? null : basePrice(book, -1, p);
      if (!base) return { value: 0, steps: ['no price paid yet: price to be set by the rep'] };
      return applyPriceRules(base, { productId, segment: 'new', lineKind: kind, demand: model.demand[p!] ?? 'steady' }, rules, promotionOf(productId, quantity), locale);
    },
    promotion: (productId, quantity) => {
      const p = promotionOf(productId, quantity);
      return p ? { name: p.name, discountPercent: p.discountPercent } : null;
    },
    rules: { ...rules, novelty: { minProbability: 0, minExpectedValue: 0, maxPerProposal: options.popular ?? POPULAR } },
    k: 0,
    locale,
  });
}
