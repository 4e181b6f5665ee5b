import { DAY_MS, type OrderHistory } from '../prep/index.js';

/** How many of a customer's most recent orders a reason looks at: "in 5 of the last 6 orders". */
export const RECENT_ORDERS = 6;

/** The facts a reason is made of, for one customer and product as of a date. */
export interface PurchaseSummary {
  /** Orders of the customer before the date. */
  orders: number;
  /** Of those, the ones containing the product. */
  ordersWithProduct: number;
  /** The size of the recent window (at most `RECENT_ORDERS`) and how many of them contain it. */
  recentOrders: number;
  recentWithProduct: number;
  /**
   * Mean days between the distinct days the product was ordered on; `null` when it was ordered on
   * fewer than two days (several orders in one day are one occasion, not a rhythm).
   */
  everyDays: number | null;
  /** Days since the product was last ordered; `null` when never. */
  daysSinceLast: number | null;
}

/** Summarises customer `c`'s purchases of product `p` in `history` (the past only) as of `asOf`. */
export function purchaseSummary(history: OrderHistory, c: number, p: number, asOf: number): PurchaseSummary {
  const lo = history.basketStart[c]!;
  const hi = history.basketStart[c + 1]!;
  let withProduct = 0;
  let recentWith = 0;
  let first = NaN;
  let last = NaN;
  let days = 0;
  let lastDay = NaN;
  for (let b = lo; b < hi; b++) {
    let has = false;
    for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]! && !has; i++) has = history.itemProduct[i] === p;
    if (!has) continue;
    withProduct++;
    if (b >= hi - RECENT_ORDERS) recentWith++;
    if (Number.isNaN(first)) first = history.basketTime[b]!;
    last = history.basketTime[b]!;
    const day = Math.floor(last / DAY_MS);
    if (day !== lastDay) days++;
    lastDay = day;
  }
  return {
    orders: hi - lo,
    ordersWithProduct: withProduct,
    recentOrders: Math.min(RECENT_ORDERS, hi - lo),
    recentWithProduct: recentWith,
    everyDays: days >= 2 ? Math.round((last - first) / DAY_MS / (days - 1)) : null,
    daysSinceLast: withProduct ? Math.floor((asOf - last) / DAY_MS) : null,
  };
}
