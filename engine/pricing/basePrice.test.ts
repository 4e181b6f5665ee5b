import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder, type OrderHistory } from '../prep/index.js';
import type { Segment } from '../segments/index.js';
import { MIN_CELL_BUYERS } from '../privacy/index.js';
import { basePrice, preparedPrices } from './basePrice.js';
import { lastPaidPrice } from './lastPaidPrice.js';
import { PriceBook } from './PriceBook.js';

const T0 = Date.UTC(2011, 0, 1);
const AS_OF = T0 + 100 * DAY_MS;

/** Orders of product P (and Q) at the given prices, one order per price, by customer. */
function history(prices: Record<string, number[]>): OrderHistory {
  const b = new HistoryBuilder();
  for (const [customerId, list] of Object.entries(prices)) {
    list.forEach((unitPrice, i) => b.add({ customerId, orderId: `${customerId}-${i}`, orderTime: T0 + i * DAY_MS, productId: 'P', quantity: 1 + i * 100, unitPrice }));
  }
  b.add({ customerId: 'late', orderId: 'late', orderTime: AS_OF, productId: 'P', quantity: 1, unitPrice: 99 });
  b.add({ customerId: 'late', orderId: 'q', orderTime: T0, productId: 'Q', quantity: 1, unitPrice: NaN });
  return b.build();
}

function book(h: OrderHistory, segments: Record<string, Segment> = {}): PriceBook {
  return new PriceBook(h, AS_OF, Object.entries(segments).map(([id, segment]) => ({ customer: h.customerIndex.get(id)!, segment })));
}
const price = (b: PriceBook, customer: string, product = 'P') => basePrice(b, b.past.customerIndex.get(customer) ?? -1, b.past.productIndex.get(product) ?? -1);

describe('basePrice', () => {
  it("uses the customer's own median with 3 orders or more, each order once whatever its quantity", () => {
    const b = book(history({ A: [2, 2.2, 2.1], B: [5, 5, 5, 5, 5] }));
    expect(price(b, 'A')).toEqual({ value: 2.1, mad: expect.closeTo(0.1, 9), step: { code: 'median', price: 2.1, orders: 3, scope: 'customer' } });
  });

  it('skips unknown prices, and drops outliers from the count', () => {
    const b = book(history({ A: [2, NaN, 2, 2, 0.02] }));
    expect(price(b, 'A')?.step).toEqual({ code: 'median', price: 2, orders: 3, scope: 'customer' });
  });

  it("falls back to the segment's customers with fewer than 3 own orders", () => {
    const b = book(history({ A: [2.8, 2.8], B: [3, 3, 3], C: [3.2, 3.4], D: [9, 9, 9, 9, 9, 9] }), { A: 'new', B: 'new', C: 'new', D: 'active' });
    // new: 2.8, 2.8, 3, 3, 3, 3.2, 3.4 → median 3 over 7 orders (D's 9 is not in the segment).
    expect(price(b, 'A')?.step).toEqual({ code: 'median', price: 3, orders: 7, scope: 'segment' });
  });

  it('falls back to everyone when the segment has fewer than 5 orders, or none is known', () => {
    const h = history({ A: [2, 2], B: [3, 3], C: [4, 4, 4, 4] });
    const withSegments = book(h, { A: 'new', B: 'new', C: 'active' });
    expect(price(withSegments, 'A')?.step).toEqual({ code: 'median', price: 3.5, orders: 8, scope: 'everyone' });
    expect(price(book(h), 'B')?.step).toEqual({ code: 'median', price: 3.5, orders: 8, scope: 'everyone' });
  });

  it('leaves the book as it is: the last price paid is still the latest after a base price', () => {
    const b = book(history({ A: [9.95, 9.95, 8.5] }));
    const [a, p] = [b.past.customerIndex.get('A')!, b.past.productIndex.get('P')!];
    expect(basePrice(b, a, p)?.value).toBe(9.95);
    expect(lastPaidPrice(b, a, p)).toBe(8.5);
    expect(b.hasPrice(p, a)).toBe(true);
    expect(lastPaidPrice(b, a, p)).toBe(8.5);
  });

  it('ignores orders on or after the as-of date', () => {
    const b = book(history({ A: [2], B: [2], C: [2] }));
    expect(price(b, 'late')?.step).toEqual({ code: 'median', price: 2, orders: 3, scope: 'everyone' });
  });

  it('is null when nobody paid a known price, or the product or customer is unknown', () => {
    const b = book(history({ A: [2, 2, 2], B: [2], C: [2] }));
    expect(price(b, 'A', 'Q')).toBeNull();
    expect(price(b, 'A', 'nope')).toBeNull();
    expect(price(b, 'nobody')?.step.scope).toBe('everyone');
  });

  it(`shares no level price bought by fewer than ${MIN_CELL_BUYERS} customers: the customer's own orders, however few, price it`, () => {
    const two = book(history({ A: [2, 2, 2, 2, 2, 2], B: [4] }));
    expect(price(two, 'nobody')).toBeNull();
    expect(price(two, 'B')?.step).toEqual({ code: 'median', price: 4, orders: 1, scope: 'customer' });
    expect(two.hasPrice(two.past.productIndex.get('P')!)).toBe(false);
    expect(two.hasPrice(two.past.productIndex.get('P')!, two.past.customerIndex.get('B')!)).toBe(true);
    expect(Array.from(preparedPrices(two).value).every(Number.isNaN)).toBe(true);
    // Three buyers: everyone's price; a segment's needs three buyers of its own too, however many orders.
    const three = book(history({ A: [2, 2, 2, 2, 2, 2], B: [4], C: [3] }), { A: 'new', B: 'new', C: 'active' });
    expect(price(three, 'nobody')?.step).toMatchObject({ code: 'median', price: 2, scope: 'everyone' });
    expect(price(three, 'B')?.step.scope).toBe('everyone');
  });
});
