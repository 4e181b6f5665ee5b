/**
 * Where a customer stands against its own rhythm:
 * - `new`: too little history to have a rhythm (fewer orders than a rhythm needs), and not a
 *   single order older than the new-customer allowance;
 * - `one-time`: a single order, older than that allowance: a buyer to reactivate, not a new one;
 * - `active`: ordering at its usual pace;
 * - `at-risk`: later than its own usual interval allows;
 * - `lapsed`: far beyond it.
 */
export type Segment = 'new' | 'one-time' | 'active' | 'at-risk' | 'lapsed';

/** All segments, in order of standing. */
export const SEGMENTS: readonly Segment[] = ['new', 'one-time', 'active', 'at-risk', 'lapsed'];

/** A customer's segment with the figures it was decided from (RFM and stability). */
export interface CustomerSegment {
  /** Customer index in the history. */
  customer: number;
  /** Customer id in the source (added: the CLI and the win-back list name customers by it). */
  customerId: string;
  segment: Segment;
  /** Days since the last order, as of the date. */
  recencyDays: number;
  /** Orders before the date. */
  orders: number;
  /**
   * Distinct days with an order (added): several orders on one day are one occasion, so gaps,
   * interval and order value are counted per order day.
   */
  orderDays: number;
  /** Typical days between orders (median gap between order days); `null` with fewer than two. */
  intervalDays: number | null;
  /**
   * Days since the last order within which the customer is `active` (added): the interval plus a
   * slack that widens with the spread of its gaps; `lapsed` beyond `lapsedFactor` times it. `null` for `new` and `one-time`.
   */
  allowanceDays: number | null;
  /** Total value ordered (Σ quantity × known unit price). */
  monetary: number;
  /** Mean value of an order day (`monetary / orderDays`). */
  orderValue: number;
  /** How regular the orders are, in [0, 1]: 1 − coefficient of variation of the gaps (0 if unknown). */
  stability: number;
  /**
   * For at-risk and lapsed customers: the value expected over the horizon were it ordering at its
   * usual pace (`orderValue × horizon / intervalDays`, the interval at least a week); 0 for the
   * others.
   */
  valueAtStake: number;
  /** Plain-language reason, e.g. "orders every ~35 days, last order 80 days ago". */
  reason: string;
}
