import type { Segment } from '../segments/index.js';

/**
 * The facts a segment's reason is told from; a `CustomerSegment` has them all, so it can be passed
 * as is: "orders every ~5 weeks, last order 9 weeks ago, later than usual".
 */
export interface SegmentReason {
  segment: Segment;
  /** Orders before the date. */
  orders: number;
  /** Typical days between orders; `null` when there is no rhythm yet (the part is left out). */
  intervalDays: number | null;
  /** Days since the last order. */
  recencyDays: number;
}
