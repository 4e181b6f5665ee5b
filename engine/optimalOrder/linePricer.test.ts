import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder, parseDateTime } from '../prep/index.js';
import { PriceBook } from '../pricing/index.js';
import type { Promotion } from '../promotions/index.js';
import { linePricer, type LinePricing } from './linePricer.js';

const asOf = parseDateTime('2011-09-01');
const b = new HistoryBuilder();
// The customer paid 2.00 three times for P, then 2.40 once (median 2.00, last 2.40); Q is three others' (enough buyers for everyone's price).
[2, 2, 2, 2.4].forEach((unitPrice, i) => b.add({ customerId: 'C', orderId: `c${i}`, orderTime: asOf - (40 - i) * DAY_MS, productId: 'P', quantity: 1, unitPrice }));
for (const d of ['D', 'E', 'F']) b.add({ customerId: d, orderId: `${d}1`, orderTime: asOf - DAY_MS, productId: 'Q', quantity: 1, unitPrice: 5 });
const history = b.build();
const book = new PriceBook(history, asOf);
const C = history.customerIndex.get('C')!;
const promo: Promotion = { name: 'September', productIds: ['P'], discountPercent: 10, validFrom: '2011-09-01', validTo: '2011-09-30', minQuantity: 6 };
const setup = (over: Partial<LinePricing> = {}): LinePricing => ({ book, customer: C, segment: 'lapsed', demand: [], rules: {}, promotions: [promo], asOf, locale: 'en', ...over });

describe('linePricer', () => {
  it('gives the price, the last price paid and the net discount', () => {
    expect(linePricer(setup())('P', 'habitual', 1)).toMatchObject({ price: { value: 2 }, promotion: null, lastPrice: 2.4, netDiscount: 0, withoutClientDiscount: 2 });
  });

  it('gives the promotion the quantity reaches, with the discount it brings', () => {
    expect(linePricer(setup())('P', 'habitual', 6)).toMatchObject({ price: { value: 1.8 }, promotion: { name: 'September', appliedPercent: 10 }, netDiscount: 10 });
  });

  it('measures the client discount against the price without it, floors included', () => {
    const rules = { clientRules: [{ name: 'win-back', appliesTo: 'win-back' as const, discountPercent: 5 }] };
    expect(linePricer(setup({ rules }))('P', 'habitual', 1)).toMatchObject({ price: { value: 1.9 }, withoutClientDiscount: 2, netDiscount: 5 });
    const floored = { ...rules, priceRules: [{ name: 'floor', kind: 'min' as const, value: 2 }] };
    expect(linePricer(setup({ rules: floored }))('P', 'habitual', 1)).toMatchObject({ price: { value: 2 }, withoutClientDiscount: 2, netDiscount: 0 });
  });

  it('prices a new customer at everyone’s price with no last price, and leaves an unknown product to the rep', () => {
    expect(linePricer(setup({ customer: -1, segment: 'new' }))('Q', 'extension', 1)).toMatchObject({ price: { value: 5 }, lastPrice: null });
    expect(linePricer(setup({ locale: 'es' }))('NOPE', 'extension', 1)).toEqual({
      price: { value: 0, steps: ['aún sin precio pagado: el comercial fija el precio'] },
      promotion: null,
      lastPrice: null,
      netDiscount: null,
      withoutClientDiscount: 0,
    });
  });
});
