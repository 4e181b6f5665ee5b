import { DAY_MS, type OrderHistory } from '../prep/index.js';
import { SEGMENTS, type CustomerSegment, type Segment } from './Segment.js';

/** One segment's size and how many of its customers ordered within the horizon after the date. */
export interface SegmentReturnRate {
  segment: Segment;
  customers: number;
  /** Customers with an order in `[asOf, asOf + horizonDays)`. */
  returned: number;
  /** `returned / customers`; `NaN` for an empty segment. */
  rate: number;
}

/**
 * Each segment's size and return rate: the share of its customers with an order within
 * `horizonDays` after `asOf`, read from `history` (which must hold the orders after `asOf`: the
 * shared data's dev protocol is `asOf` 2011-07-01, 62 days). Every segment is listed, in `SEGMENTS` order.
 */
export function segmentReturnRates(history: OrderHistory, segments: readonly CustomerSegment[], asOf: number, horizonDays: number): SegmentReturnRate[] {
  const end = asOf + horizonDays * DAY_MS;
  const rows = new Map<Segment, SegmentReturnRate>(SEGMENTS.map((segment) => [segment, { segment, customers: 0, returned: 0, rate: NaN }]));
  for (const s of segments) {
    const row = rows.get(s.segment)!;
    row.customers++;
    if (ordersWithin(history, s.customer, asOf, end)) row.returned++;
  }
  for (const row of rows.values()) row.rate = row.customers > 0 ? row.returned / row.customers : NaN;
  return [...rows.values()];
}

function ordersWithin(history: OrderHistory, c: number, from: number, to: number): boolean {
  for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) {
    const t = history.basketTime[b]!;
    if (t >= from && t < to) return true;
  }
  return false;
}
