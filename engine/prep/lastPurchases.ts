import type { OrderHistory } from './OrderHistory.js';

/**
 * The products customer `c` has ordered, each with the time of its last order (ms since the
 * epoch), in order of first purchase. The one scan every "what has this customer bought" needs.
 */
export function lastPurchases(history: OrderHistory, c: number): Map<number, number> {
  const last = new Map<number, number>();
  for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) {
    const time = history.basketTime[b]!;
    for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) last.set(history.itemProduct[i]!, time);
  }
  return last;
}
