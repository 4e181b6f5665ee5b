/**
 * Segments on the shared Online Retail file (../shared/data, never copied into the repo). The
 * expected counts were computed independently by a short Python script over the gz file (csv
 * module, the online-retail preset's row classification, the rule of decisions/0004 written again
 * from its text: order days, median gap, population standard deviation, allowance).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readOrderFile } from '../../cli/readOrderFile.js';
import { SHARED_ORDERS } from '../../cli/sharedData.js';
import { DAY_MS, parseDateTime, segmentCustomers, winBackList, type OrderHistory, type Segment } from '../../engine/index.js';

/** The window "orders again" is measured over: the shared data's evaluation horizon. */
const HORIZON_DAYS = 62;

let history: OrderHistory;

beforeAll(async () => {
  ({ history } = await readOrderFile(SHARED_ORDERS, { preset: 'online-retail' }));
});

/** Per segment: customers, and the share of them with an order in [asOf, asOf + 62 days). */
function returnRates(asOf: number): Record<Segment, { customers: number; rate: number }> {
  const out = { new: { customers: 0, rate: 0 }, active: { customers: 0, rate: 0 }, 'at-risk': { customers: 0, rate: 0 }, lapsed: { customers: 0, rate: 0 } };
  for (const s of segmentCustomers(history, asOf)) {
    let back = 0;
    for (let b = history.basketStart[s.customer]!; b < history.basketStart[s.customer + 1]! && !back; b++) {
      const t = history.basketTime[b]!;
      back = t >= asOf && t < asOf + HORIZON_DAYS * DAY_MS ? 1 : 0;
    }
    out[s.segment].customers++;
    out[s.segment].rate += back;
  }
  for (const r of Object.values(out)) r.rate /= Math.max(1, r.customers);
  return out;
}

describe('segments of the shared Online Retail file', () => {
  it('counts the customers of each segment as an independent computation does', () => {
    const segments = segmentCustomers(history, parseDateTime('2011-06-01'));
    const counts = Object.fromEntries(['new', 'active', 'at-risk', 'lapsed'].map((g) => [g, segments.filter((s) => s.segment === g).length]));
    expect(counts).toEqual({ new: 1964, active: 660, 'at-risk': 67, lapsed: 25 });
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
    expect(list).toHaveLength(67 + 25);
    const values = list.map((e) => e.valueAtStake);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values.every((v) => v > 0)).toBe(true);
  });
});
