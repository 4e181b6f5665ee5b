import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder } from '../prep/index.js';
import { customerRhythm } from './customerRhythm.js';

const T0 = Date.UTC(2011, 0, 3);

describe('customerRhythm', () => {
  it('counts several orders on one day as one occasion, and gaps between order days', () => {
    const b = new HistoryBuilder();
    // Days 0 (twice, morning and afternoon), 10, 30, 60.
    const orders: [string, number][] = [['o1', 9], ['o2', 15], ['o3', 10 * 24 + 9], ['o4', 30 * 24 + 9], ['o5', 60 * 24 + 9]];
    for (const [id, hours] of orders) b.add({ customerId: 'c', orderId: id, orderTime: T0 + hours * 3_600_000, productId: 'P', quantity: 2, unitPrice: 5 });
    const h = b.build();
    const r = customerRhythm(h, 0, T0 + 70 * DAY_MS)!;
    expect(r.orders).toBe(5);
    expect(r.orderDays).toBe(4);
    // Gaps 10, 20, 30: median 20, mean 20, population sd √(200/3).
    expect(r.intervalDays).toBe(20);
    expect(r.spreadDays).toBeCloseTo(Math.sqrt(200 / 3), 10);
    expect(r.stability).toBeCloseTo(1 - Math.sqrt(200 / 3) / 20, 10);
    expect(r.recencyDays).toBe(10); // whole days from the last order day, whatever its hour
    expect(r.monetary).toBe(50);
  });

  it('takes the median of an even number of gaps as the mean of the middle two, and skips unknown prices', () => {
    const b = new HistoryBuilder();
    [0, 10, 30, 60, 100].forEach((d, i) => b.add({ customerId: 'c', orderId: `o${i}`, orderTime: T0 + d * DAY_MS, productId: 'P', quantity: 3, unitPrice: i === 0 ? NaN : 2 }));
    const r = customerRhythm(b.build(), 0, T0 + 100 * DAY_MS + 1)!;
    expect(r.intervalDays).toBe(25); // gaps 10, 20, 30, 40
    expect(r.monetary).toBe(24);
    expect(r.recencyDays).toBe(0);
  });

  it('ignores orders on or after the date, and has no rhythm with one order day', () => {
    const b = new HistoryBuilder();
    b.add({ customerId: 'c', orderId: 'a', orderTime: T0, productId: 'P', quantity: 1, unitPrice: 1 });
    b.add({ customerId: 'c', orderId: 'b', orderTime: T0 + 5 * DAY_MS, productId: 'P', quantity: 1, unitPrice: 1 });
    const h = b.build();
    expect(customerRhythm(h, 0, T0)).toBeNull();
    const r = customerRhythm(h, 0, T0 + 5 * DAY_MS)!;
    expect(r).toMatchObject({ orders: 1, orderDays: 1, intervalDays: null, spreadDays: 0, stability: 0, monetary: 1, recencyDays: 5 });
  });
});
