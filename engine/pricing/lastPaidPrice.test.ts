import { describe, expect, it } from 'vitest';
import { HistoryBuilder } from '../prep/index.js';
import { lastPaidPrice } from './lastPaidPrice.js';
import { PriceBook } from './PriceBook.js';

const day = (d: number) => Date.UTC(2011, 0, d);

describe('lastPaidPrice', () => {
  const b = new HistoryBuilder();
  // Customer B paid 2.00, then 2.50, then an unknown price; A and C bought the same product too.
  b.add({ customerId: 'A', orderId: 'a1', orderTime: day(1), productId: 'P', quantity: 1, unitPrice: 9 });
  b.add({ customerId: 'B', orderId: 'b1', orderTime: day(2), productId: 'P', quantity: 1, unitPrice: 2 });
  b.add({ customerId: 'B', orderId: 'b2', orderTime: day(5), productId: 'P', quantity: 1, unitPrice: 2.5 });
  b.add({ customerId: 'B', orderId: 'b3', orderTime: day(6), productId: 'P', quantity: 1, unitPrice: NaN });
  b.add({ customerId: 'B', orderId: 'b3', orderTime: day(6), productId: 'Q', quantity: 1, unitPrice: 1 });
  b.add({ customerId: 'C', orderId: 'c1', orderTime: day(7), productId: 'P', quantity: 1, unitPrice: 7 });
  const h = b.build();
  const [A, B, C] = ['A', 'B', 'C'].map((id) => h.customerIndex.get(id)!);
  const [P, Q] = ['P', 'Q'].map((id) => h.productIndex.get(id)!);

  it('is the last known price the customer paid before the date, not another customer’s', () => {
    const book = new PriceBook(h, day(10));
    expect(lastPaidPrice(book, B!, P!)).toBe(2.5);
    expect(lastPaidPrice(book, A!, P!)).toBe(9);
    expect(lastPaidPrice(book, C!, P!)).toBe(7);
    expect(lastPaidPrice(book, A!, Q!)).toBeNull();
  });

  it('ignores orders on or after the date, and knows nothing of a new customer or product', () => {
    expect(lastPaidPrice(new PriceBook(h, day(5)), B!, P!)).toBe(2);
    const book = new PriceBook(h, day(10));
    expect(lastPaidPrice(book, -1, P!)).toBeNull();
    expect(lastPaidPrice(book, B!, 99)).toBeNull();
  });
});
