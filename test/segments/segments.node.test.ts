/**
 * Segments on the shared Online Retail file (../shared/data, never copied into the repo). The
 * expected counts were computed independently by a short Python script over the gz file (csv
 * module, the online-retail preset's row classification, the rule of decisions/0004 written again
 * from its text: order days, median gap, population standard deviation, allowance; one order day
 * more than 90 days ago is one-time), cancellations netted as the loader nets them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readOrderFile } from '../../cli/readOrderFile.js';
import { SHARED_ORDERS } from '../../cli/sharedData.js';
import { parseDateTime, segmentCustomers, segmentReturnRates, winBackList, type OrderHistory, type Segment } from '../../engine/index.js';

/** The window "orders again" is measured over: the shared data's evaluation horizon. */
const HORIZON_DAYS = 62;

let history: OrderHistory;

beforeAll(async () => {
  ({ history } = await readOrderFile(SHARED_ORDERS, { preset: 'online-retail' }));
});

/** Per segment: customers, and the share of them with an order in [asOf, asOf + 62 days). */
function returnRates(asOf: number): Record<Segment, { customers: number; rate: number }> {
  const rows = segmentReturnRates(history, segmentCustomers(history, asOf), asOf, HORIZON_DAYS);
  return Object.fromEntries(rows.map((r) => [r.segment, { customers: r.customers, rate: r.rate }])) as Record<Segment, { customers: number; rate: number }>;
}

/** The Python script's sizes and return rates (in %, 1 decimal) at each cut-off. */
const EXPECTED: Record<string, Record<Segment, [number, number]>> = {
  '2011-05-01': { new: [1394, 39.6], 'one-time': [466, 24.7], active: [482, 80.3], 'at-risk': [71, 73.2], lapsed: [15, 33.3] },
  '2011-06-01': { new: [1338, 34.2], 'one-time': [630, 23.8], active: [653, 75.8], 'at-risk': [67, 59.7], lapsed: [23, 30.4] },
  '2011-07-01': { new: [1265, 31.7], 'one-time': [787, 17.2], active: [789, 68.8], 'at-risk': [83, 56.6], lapsed: [28, 35.7] },
};

describe('segments of the shared Online Retail file', () => {
  it('sizes each segment and its return rate as an independent computation does, at three cut-offs', () => {
    for (const [date, expected] of Object.entries(EXPECTED)) {
      const r = returnRates(parseDateTime(date));
      const got = Object.fromEntries(Object.entries(r).map(([g, { customers, rate }]) => [g, [customers, Math.round(rate * 1000) / 10]]));
      expect(got, date).toEqual(expected);
    }
  });

  it('keeps new for recent first orders: one-order customers past 90 days are one-time, and order again less often', () => {
    for (const date of Object.keys(EXPECTED)) {
      const r = returnRates(parseDateTime(date));
      expect(r.new.rate - r['one-time'].rate, `${date} new − one-time`).toBeGreaterThan(0.1);
    }
  });

  it('finds fewer customers ordering again within 62 days from active to at-risk to lapsed, at every cut-off', () => {
    for (const date of ['2011-05-01', '2011-06-01', '2011-07-01']) {
      const r = returnRates(parseDateTime(date));
      expect(r.active.rate - r['at-risk'].rate, `${date} active − at-risk`).toBeGreaterThan(0.05);
      expect(r['at-risk'].rate - r.lapsed.rate, `${date} at-risk − lapsed`).toBeGreaterThan(0.15);
    }
  });

  it('lists the at-risk and lapsed customers to win back, highest value at stake first', () => {
    const segments = segmentCustomers(history, parseDateTime('2011-06-01'));
    const list = winBackList(segments);
    expect(list).toHaveLength(67 + 23);
    const values = list.map((e) => e.valueAtStake);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values.every((v) => v > 0)).toBe(true);
  });
});
