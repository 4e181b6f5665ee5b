import { describe, expect, it } from 'vitest';
import { HistoryBuilder, type OrderHistory } from '../prep/index.js';
import { productQuantities } from './ProductQuantities.js';
import { QuantityGuard } from './QuantityGuard.js';

/** Customers' orders of products: `{ A: { P: [12, 24] } }` is two orders of A, 12 then 24 of P. */
function history(orders: Record<string, Record<string, number[]>>): OrderHistory {
  const b = new HistoryBuilder();
  for (const [customerId, products] of Object.entries(orders)) {
    for (const [productId, quantities] of Object.entries(products)) {
      quantities.forEach((quantity, i) => b.add({ customerId, orderId: `${customerId}-${i}`, orderTime: i * 86_400_000, productId, quantity, unitPrice: 1 }));
    }
  }
  return b.build();
}

describe('QuantityGuard', () => {
  const h = history({
    A: { P: [12, 24, 12, 12], Q: [5, 5, 5, 60], R: [3] },
    B: { P: [36, 48], Q: [4], R: [2, 4] },
    // 10 customers' orders of T, all multiples of 6; U has 9, all even: too few to call it a multiple.
    ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`T${i}`, { T: [6 * (i + 1)], ...(i < 9 ? { U: [2] } : {}) }])),
    // 20 more customers ordering 4 of S, one of them 401: the product's 99th percentile is 401 (and no multiple).
    ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`S${String(i).padStart(2, '0')}`, { S: [i === 0 ? 401 : 4] }])),
  });
  const guard = new QuantityGuard(h, productQuantities(h));
  const c = (id: string) => h.customerIndex.get(id)!;
  const p = (id: string) => h.productIndex.get(id)!;

  it("rounds to the customer's own multiple and says so", () => {
    expect(guard.check(c('A'), p('P'), 18)).toEqual({ quantity: 24, notes: [{ code: 'rounded-quantity', basis: 'customer', multiple: 12, from: 18 }] });
    expect(guard.check(c('A'), p('P'), 4)).toMatchObject({ quantity: 12 }); // never below one multiple
  });

  it("rounds to all customers' multiple when the customer's own orders show none", () => {
    // B's own P: 36, 48 → multiple 12; A has no multiple of R (one order), R over all: 3, 2, 4 → none.
    expect(guard.check(c('B'), p('P'), 40)).toMatchObject({ quantity: 36, notes: [{ basis: 'customer', multiple: 12 }] });
    expect(guard.check(-1, p('T'), 8)).toEqual({ quantity: 6, notes: [{ code: 'rounded-quantity', basis: 'product', multiple: 6, from: 8 }] });
    expect(guard.check(-1, p('U'), 3)).toEqual({ quantity: 3, notes: [] });
    expect(guard.check(c('A'), p('R'), 3)).toEqual({ quantity: 3, notes: [] });
  });

  it('leaves a usual quantity alone, in whole units', () => {
    expect(guard.check(c('A'), p('P'), 12)).toEqual({ quantity: 12, notes: [] });
    expect(guard.check(c('A'), p('Q'), 4.6)).toEqual({ quantity: 5, notes: [] });
  });

  it("flags a quantity outside the customer's own usual range, keeping it", () => {
    // A's Q: 5, 5, 5, 60: median 5, MAD 0, so usual is 2.5 to 10.
    expect(guard.check(c('A'), p('Q'), 60)).toEqual({
      quantity: 60,
      notes: [{ code: 'unusual-quantity', basis: 'customer', quantity: 60, median: 5, low: 2.5, high: 10 }],
    });
  });

  it("flags, for a customer with too few orders of it, a quantity above 99 % of all customers' orders", () => {
    const s = p('S');
    expect(guard.check(c('B'), s, 4).notes).toEqual([]);
    expect(guard.check(c('B'), s, 74_215).notes).toEqual([{ code: 'unusual-quantity', basis: 'product', quantity: 74_215, median: 4, low: 0, high: 401 }]);
    // R has 3 orders in all: too few to say what is unusual.
    expect(guard.check(-1, p('R'), 1_000).notes).toEqual([]);
  });
});
