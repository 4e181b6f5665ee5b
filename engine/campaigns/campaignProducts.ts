import { DAY_MS, type OrderHistory } from '../prep/index.js';

/**
 * Products by the number of distinct orders holding them in the `windowDays` before `asOf`, most
 * first (ties by product index), at most `n`: "the products that sell now".
 */
export function productsByRecentOrders(history: OrderHistory, asOf: number, windowDays: number, n: number): number[] {
  const from = asOf - windowDays * DAY_MS;
  const orders = new Float64Array(history.productIds.length);
  for (let b = 0; b < history.basketTime.length; b++) {
    const t = history.basketTime[b]!;
    if (t < from || t >= asOf) continue;
    for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) if (history.itemQuantity[i]! > 0) orders[history.itemProduct[i]!]!++;
  }
  return Array.from(orders.keys())
    .filter((p) => orders[p]! > 0)
    .sort((a, b) => orders[b]! - orders[a]! || a - b)
    .slice(0, n);
}

/** How the evaluation picks its target products: every `every`-th of the `pool` best sellers of the last `windowDays`. */
export interface TargetChoice {
  windowDays: number;
  pool: number;
  every: number;
}

/** The protocol's choice: every 6th of the 60 products in the most distinct orders of the last 90 days (10 products). */
export const PROTOCOL_TARGETS: TargetChoice = { windowDays: 90, pool: 60, every: 6 };

/** The target products of a campaign evaluation at `asOf` (the 1st, 7th, 13th, … of the pool). */
export function campaignTargetProducts(history: OrderHistory, asOf: number, choice: TargetChoice = PROTOCOL_TARGETS): number[] {
  return productsByRecentOrders(history, asOf, choice.windowDays, choice.pool).filter((_, i) => i % choice.every === 0);
}
