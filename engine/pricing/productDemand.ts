import { DAY_MS, type OrderHistory } from '../prep/index.js';
import { MIN_CELL_BUYERS } from '../privacy/index.js';

/** Where a product's demand is heading: what a price rule's `when.demand` tests. */
export type Demand = 'rising' | 'falling' | 'steady';

/** The recent window: a month, as for the habitual model's popularity trend, to follow the season. */
export const DEMAND_RECENT_DAYS = 30;
/** A share 1.5× the earlier one (or below 1 / 1.5 of it) is a move, not a wobble. */
export const DEMAND_RATIO = 1.5;
/**
 * Fewer than 20 baskets (seen recently for a rise, expected recently for a fall) is noise: with
 * Poisson counts a 50 % move is then more than 2 standard deviations, below it it is not.
 */
export const DEMAND_MIN_BASKETS = 20;

/**
 * The demand of every product as of `asOf` (an array by product index): the share of baskets
 * holding it in the last `DEMAND_RECENT_DAYS` days against its share in all baskets before that.
 * `rising` when the recent share is at least `DEMAND_RATIO` times the earlier one and it is in at
 * least `DEMAND_MIN_BASKETS` recent baskets (a new product in that many is rising); `falling` when
 * the recent share is at most the earlier one divided by `DEMAND_RATIO` and the earlier share
 * would put it in at least `DEMAND_MIN_BASKETS` recent baskets; `steady` otherwise, for a product
 * of fewer than `MIN_CELL_BUYERS` buyers (its trend would be theirs), and for every product when
 * the history has no basket in either window. Baskets on or after `asOf` are ignored.
 */
export function productDemand(past: OrderHistory, asOf: number): Demand[] {
  const n = past.productIds.length;
  const recent = new Float64Array(n);
  const earlier = new Float64Array(n);
  const since = asOf - DEMAND_RECENT_DAYS * DAY_MS;
  let recentBaskets = 0;
  let earlierBaskets = 0;
  const buyers = new Int32Array(n);
  const seen = new Int32Array(n).fill(-1);
  for (let c = 0; c < past.customerIds.length; c++) {
    for (let b = past.basketStart[c]!; b < past.basketStart[c + 1]!; b++) {
      const t = past.basketTime[b]!;
      if (!(t < asOf)) continue;
      const counts = t >= since ? recent : earlier;
      if (t >= since) recentBaskets++;
      else earlierBaskets++;
      for (let i = past.itemStart[b]!; i < past.itemStart[b + 1]!; i++) {
        const p = past.itemProduct[i]!;
        counts[p]!++;
        if (seen[p] !== c) buyers[p]!++;
        seen[p] = c;
      }
    }
  }
  const demand = new Array<Demand>(n).fill('steady');
  if (recentBaskets === 0 || earlierBaskets === 0) return demand;
  // Shares compared by cross-multiplying counts, so a move of exactly the ratio counts.
  for (let p = 0; p < n; p++) {
    if (buyers[p]! < MIN_CELL_BUYERS) continue;
    const now = recent[p]! * earlierBaskets;
    const before = earlier[p]! * recentBaskets;
    if (recent[p]! >= DEMAND_MIN_BASKETS && now >= DEMAND_RATIO * before) demand[p] = 'rising';
    else if (before >= DEMAND_MIN_BASKETS * earlierBaskets && now * DEMAND_RATIO <= before) demand[p] = 'falling';
  }
  return demand;
}
