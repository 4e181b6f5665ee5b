import { DAY_MS } from '../prep/index.js';
import type { CampaignIndex } from './CampaignIndex.js';

/** How one account orders, as of a date: the product-independent half of its propensity. */
export interface AccountActivity {
  /** Orders in the last 30, 90 and 365 days. */
  orders30: number;
  orders90: number;
  orders365: number;
  /** All orders before the as-of date. */
  orders: number;
  /** Days since the last order. */
  recencyDays: number;
  /** Median days between order days; `null` with a single order day. */
  intervalDays: number | null;
  /** Distinct products bought, and of them in the last 90 days. */
  breadth: number;
  breadth90: number;
  /** Products bought for the first time in the last 30 and 90 days: how much the account explores. */
  newProducts30: number;
  newProducts90: number;
  /** Mean distinct products per order. */
  basketSize: number;
}

/** The activity of customer `c` as of the index's date; every field 0 (and no interval) without orders. */
export function accountActivity(index: CampaignIndex, c: number): AccountActivity {
  const times = index.orderTimes[c]!;
  const asOf = index.asOf;
  const since = (days: number) => {
    let k = 0;
    for (let i = times.length - 1; i >= 0 && times[i]! >= asOf - days * DAY_MS; i--) k++;
    return k;
  };
  let breadth90 = 0;
  let newProducts30 = 0;
  let newProducts90 = 0;
  let lines = 0;
  for (const [last, orders, first] of index.own[c]!.values()) {
    if (last >= asOf - 90 * DAY_MS) breadth90++;
    if (first >= asOf - 90 * DAY_MS) newProducts90++;
    if (first >= asOf - 30 * DAY_MS) newProducts30++;
    lines += orders;
  }
  return {
    orders30: since(30),
    orders90: since(90),
    orders365: since(365),
    orders: times.length,
    recencyDays: times.length ? (asOf - times[times.length - 1]!) / DAY_MS : 0,
    intervalDays: medianGap(times),
    breadth: index.own[c]!.size,
    breadth90,
    newProducts30,
    newProducts90,
    basketSize: times.length ? lines / times.length : 0,
  };
}

function medianGap(times: Float64Array): number | null {
  const days = [...new Set(Array.from(times, (t) => Math.floor(t / DAY_MS)))];
  if (days.length < 2) return null;
  const gaps = days.slice(1).map((d, i) => d - days[i]!).sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  return gaps.length % 2 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
}
