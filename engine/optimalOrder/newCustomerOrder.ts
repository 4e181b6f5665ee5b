import { translate } from '../i18n/index.js';
import { DEFAULT_EXTENSION_SETTINGS, topByScore } from '../models/index.js';
import { PriceBook } from '../pricing/index.js';
import { formatDate, HistoryBuilder } from '../prep/index.js';
import { assembleOptimalOrder, type CandidateLine } from './assembleOptimalOrder.js';
import type { OptimalOrderOptions } from './fitOptimalOrder.js';
import { linePricer } from './linePricer.js';
import type { OptimalOrder } from './OptimalOrder.js';
import type { PreparedModel } from './PreparedModel.js';

/** Popular products proposed to a customer with no order yet (default). */
const POPULAR = 5;

/**
 * The opening order of a customer with no order yet (segment `new`): the must-sell assortment the
 * rules set for new customers, and the products most customers bought lately (the prepared model's
 * buyers in the popularity window), each at everyone's base price through the price rules, with
 * its promotion (only one that lowers the price) and reason ("popular with customers: 120
 * customers ordered it in 13 weeks"), and the welcome offer of the client rule for new customers.
 * The novelty thresholds do not apply: there is nothing else to propose, and the rep asked.
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
  return assembleOptimalOrder({
    customerId,
    segment: 'new',
    bought: new Set(),
    habitual: [],
    development: [],
    extension: popular,
    // The same pricing step as every other order, at everyone's prices (customer -1).
    price: linePricer({ book, customer: -1, segment: 'new', demand: model.demand, rules, promotions: live, asOf, locale }),
    offerReason: translate(locale, 'offer.noOrderYet'),
    rules: { ...rules, novelty: { minProbability: 0, minExpectedValue: 0, maxPerProposal: options.popular ?? POPULAR } },
    k: 0,
    locale,
  });
}
