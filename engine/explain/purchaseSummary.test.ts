import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder } from '../prep/index.js';
import { lineReason } from './lineReason.js';
import { renderReason } from './renderReason.js';

/** A line's reason in English from its purchase summary, as the optimal order renders it. */
const habitualReason = (s: ReturnType<typeof purchaseSummary>) => renderReason(lineReason(s), 'en');
import { purchaseSummary } from './purchaseSummary.js';

/** Customer "c" orders every 30 days (days 0..240, nine orders); "A" is in all but the 2nd and 9th. */
function history() {
  const b = new HistoryBuilder();
  for (let i = 0; i < 9; i++) {
    const products = i === 1 || i === 8 ? ['B'] : ['A', 'B'];
    for (const p of products) b.add({ customerId: 'c', orderId: `o${i}`, orderTime: i * 30 * DAY_MS, productId: p, quantity: 2, unitPrice: 1 });
  }
  b.add({ customerId: 'd', orderId: 'x', orderTime: 0, productId: 'Z', quantity: 1, unitPrice: 1 });
  return b.build();
}

describe('purchaseSummary and habitualReason', () => {
  const h = history();
  const c = h.customerIndex.get('c')!;
  const asOf = 274 * DAY_MS; // 34 days after the last order (day 240)

  it('counts the recent window, the rhythm and the days since', () => {
    const s = purchaseSummary(h, c, h.productIndex.get('A')!, asOf);
    expect(s).toEqual({ orders: 9, ordersWithProduct: 7, recentOrders: 6, recentWithProduct: 5, everyDays: 35, daysSinceLast: 64 });
    expect(habitualReason(s)).toBe('ordered in 5 of the last 6 orders, every ~35 days, last 64 days ago');
  });

  it('speaks of every order when there are few', () => {
    const s = purchaseSummary(h, h.customerIndex.get('d')!, h.productIndex.get('Z')!, 3 * DAY_MS);
    expect(habitualReason(s)).toBe('ordered in 1 of 1 order, last 3 days ago');
  });

  it('says when the product is absent from the recent orders', () => {
    const s = { orders: 20, ordersWithProduct: 2, recentOrders: 6, recentWithProduct: 0, everyDays: 12, daysSinceLast: 1 };
    expect(habitualReason(s)).toBe('ordered in 2 of 20 orders, none of the last 6, every ~12 days, last 1 day ago');
  });

  it('sees no rhythm in several orders on one day', () => {
    const b = new HistoryBuilder();
    for (const [order, hour] of [['a', 9], ['b', 11], ['c', 15]] as const) {
      b.add({ customerId: 'c', orderId: order, orderTime: 10 * DAY_MS + hour * 3_600_000, productId: 'A', quantity: 1, unitPrice: 1 });
    }
    const one = b.build();
    const s = purchaseSummary(one, 0, 0, 40 * DAY_MS);
    expect(s.everyDays).toBeNull();
    expect(habitualReason(s)).toBe('ordered in 3 of 3 orders, last 29 days ago');
  });

  it('explains a product never ordered as coming from similar customers', () => {
    const s = purchaseSummary(h, c, h.productIndex.get('Z')!, asOf);
    expect(s.ordersWithProduct).toBe(0);
    expect(habitualReason(s)).toBe('not ordered yet; similar customers order it');
  });
});
