import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder, type OrderHistory } from '../prep/index.js';
import { segmentCustomers } from './segmentCustomers.js';

const T0 = Date.UTC(2011, 0, 3);

/** One order of value 100 (10 × 10.00) on each of `days` (days after T0), per customer. */
function history(customers: Record<string, number[]>): OrderHistory {
  const b = new HistoryBuilder();
  for (const [id, days] of Object.entries(customers)) {
    days.forEach((d, i) => b.add({ customerId: id, orderId: `${id}-${i}`, orderTime: T0 + d * DAY_MS + 9 * 3_600_000, productId: 'P', quantity: 10, unitPrice: 10 }));
  }
  return b.build();
}

/** The segment of the only customer of `days`, `daysAfterLast` days after its last order. */
function segmentAfter(days: number[], daysAfterLast: number) {
  const [s] = segmentCustomers(history({ c: days }), T0 + (days[days.length - 1]! + daysAfterLast) * DAY_MS);
  return s!;
}

const REGULAR = [0, 30, 60, 90, 120]; // every 30 days, to the day
const IRREGULAR = [0, 10, 40, 70, 140]; // gaps 10, 30, 30, 70: the same median, a wide spread

describe('segmentCustomers', () => {
  it('keeps a regular customer at its pace active, and tells why', () => {
    const s = segmentAfter(REGULAR, 30);
    expect(s).toMatchObject({ customerId: 'c', segment: 'active', orders: 5, orderDays: 5, intervalDays: 30, recencyDays: 30, stability: 1, monetary: 500, orderValue: 100, valueAtStake: 0 });
    expect(s.allowanceDays).toBe(52.5); // 30 + 0.75 × 30: no spread, the least slack
    expect(s.reason).toBe('orders every ~4 weeks, last order 4 weeks ago');
  });

  it('puts the same customer at risk when it is twice its interval late, lapsed far beyond', () => {
    expect(segmentAfter(REGULAR, 53).segment).toBe('at-risk');
    expect(segmentAfter(REGULAR, 60)).toMatchObject({ segment: 'at-risk', reason: 'orders every ~4 weeks, last order 9 weeks ago, later than usual' });
    expect(segmentAfter(REGULAR, 90).segment).toBe('at-risk');
    expect(segmentAfter(REGULAR, 131).segment).toBe('at-risk'); // 2.5 allowances = 131.25 days
    expect(segmentAfter(REGULAR, 132).segment).toBe('lapsed');
    expect(segmentAfter(REGULAR, 200).reason).toBe('orders every ~4 weeks, last order 7 months ago, far beyond its usual interval');
  });

  it('gives an irregular customer a wider allowance than a regular one with the same interval', () => {
    const irregular = segmentAfter(IRREGULAR, 60);
    expect(irregular.intervalDays).toBe(30);
    // Gaps 10, 30, 30, 70: mean 35, sd √475 ≈ 21.8; slack 1.5 sd ≈ 32.7 > 0.75 × 30.
    expect(irregular.allowanceDays).toBeCloseTo(30 + 1.5 * Math.sqrt(475), 10);
    expect(irregular.stability).toBeCloseTo(1 - Math.sqrt(475) / 35, 10);
    expect(irregular.segment).toBe('active');
    expect(segmentAfter(REGULAR, 60).segment).toBe('at-risk');
  });

  it('calls a customer without a rhythm new, unless its only order is older than 90 days: then one-time', () => {
    expect(segmentAfter([0, 20], 300)).toMatchObject({ segment: 'new', allowanceDays: null, valueAtStake: 0 });
    expect(segmentAfter([0], 90)).toMatchObject({ segment: 'new', allowanceDays: null, valueAtStake: 0 });
    expect(segmentAfter([0], 91)).toMatchObject({ segment: 'one-time', allowanceDays: null, valueAtStake: 0, reason: 'one order only, 13 weeks ago: to reactivate' });
    expect(segmentAfter([0], 300).segment).toBe('one-time');
    const [s] = segmentCustomers(history({ c: [0] }), T0 + 100 * DAY_MS, { newCustomerDays: 120 });
    expect(s!.segment).toBe('new');
    expect(segmentAfter([0], 10)).toMatchObject({ intervalDays: null, stability: 0, reason: 'new customer: 1 order so far, last order 10 days ago' });
  });

  it('does not call a customer ordering every few days at risk before two weeks', () => {
    expect(segmentAfter([0, 2, 4, 6, 8], 10).segment).toBe('active');
    expect(segmentAfter([0, 2, 4, 6, 8], 15).segment).toBe('at-risk');
  });

  it('values what an at-risk or lapsed customer would order over the horizon at its pace', () => {
    // 100 per order day, every 30 days: 100 × 62 / 30 over the default horizon.
    expect(segmentAfter(REGULAR, 60).valueAtStake).toBeCloseTo((100 * 62) / 30, 10);
    expect(segmentAfter(REGULAR, 200).valueAtStake).toBeCloseTo((100 * 62) / 30, 10);
    const [s] = segmentCustomers(history({ c: REGULAR }), T0 + 180 * DAY_MS, { horizonDays: 90 });
    expect(s!.valueAtStake).toBeCloseTo(300, 10);
  });

  it('counts at most one order a week at stake, so a burst of orders is not taken for a pace', () => {
    const burst = segmentAfter([0, 2, 4], 60);
    expect(burst).toMatchObject({ segment: 'lapsed', intervalDays: 2 });
    expect(burst.valueAtStake).toBeCloseTo((100 * 62) / 7, 10);
  });

  it('lists every customer with an order before the date, in index order, and ignores later orders', () => {
    const h = history({ a: [0, 30, 60], b: [200], c: [0, 30, 60, 90, 120, 150] });
    const asOf = T0 + 100 * DAY_MS;
    const segments = segmentCustomers(h, asOf);
    expect(segments.map((s) => s.customerId)).toEqual(['a', 'c']);
    expect(segments[1]).toMatchObject({ orders: 4, recencyDays: 10, segment: 'active' });
  });
});
