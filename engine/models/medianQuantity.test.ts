import { describe, expect, it } from 'vitest';
import { HistoryBuilder } from '../prep/index.js';
import { lowerMedian, median, medianQuantity } from './medianQuantity.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([10, 2, 4])).toBe(4);
    expect(median([4, 2])).toBe(3);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });
});

describe('lowerMedian', () => {
  it('takes the middle value, or the lower of the two middle ones: always one of the values', () => {
    expect(lowerMedian([10, 2, 4])).toBe(4);
    expect(lowerMedian([24, 12])).toBe(12);
    expect(lowerMedian([7])).toBe(7);
    expect(lowerMedian([])).toBeNaN();
  });
});

describe('medianQuantity', () => {
  const b = new HistoryBuilder();
  const line = (customerId: string, orderId: string, productId: string, quantity: number) =>
    b.add({ customerId, orderId, orderTime: Number(orderId.slice(1)), productId, quantity, unitPrice: 1 });
  line('A', 'o1', 'P', 2);
  line('A', 'o2', 'P', 10);
  line('A', 'o3', 'P', 4);
  line('A', 'o3', 'P', 1); // same order: one basket quantity of 5
  line('B', 'o4', 'P', 100);
  line('B', 'o4', 'Q', 6);
  line('C', 'o5', 'Q', 9);
  line('C', 'o6', 'R', 3);
  const history = b.build();
  const c = (id: string) => history.customerIndex.get(id)!;
  const p = (id: string) => history.productIndex.get(id)!;
  const quantity = medianQuantity(history);

  it("takes the median of the customer's own basket quantities of the product", () => {
    expect(quantity(c('A'), p('P'))).toBe(5); // baskets 2, 10, 5
    expect(quantity(c('C'), p('Q'))).toBe(9);
  });

  it("falls back on the product's median basket quantity over all customers", () => {
    expect(quantity(c('A'), p('Q'))).toBe(7.5); // 6 and 9
    expect(quantity(c('C'), p('P'))).toBe(7.5); // 2, 10, 5, 100
    expect(quantity(-1, p('R'))).toBe(3);
  });

  it('proposes one unit for a product nobody bought', () => {
    expect(quantity(c('A'), history.productIds.length)).toBe(1);
  });

  it('answers the same whatever order customers are asked in', () => {
    expect([quantity(c('B'), p('P')), quantity(c('A'), p('P')), quantity(c('B'), p('P'))]).toEqual([100, 5, 100]);
  });

  it("can keep only the customer's most recent orders", () => {
    expect(medianQuantity(history, { recentOrders: 2 })(c('A'), p('P'))).toBe(7.5); // 10 and 5
  });

  it('can take the lower median, a quantity the customer ordered', () => {
    expect(medianQuantity(history, { recentOrders: 2, lower: true })(c('A'), p('P'))).toBe(5); // 10 and 5
    expect(medianQuantity(history, { lower: true })(c('A'), p('P'))).toBe(5); // 2, 10, 5
  });
});
