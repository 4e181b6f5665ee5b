import type { OrderHistory } from './OrderHistory.js';

/** Index of customer `c`'s first basket at or after `time` (ms since the epoch), or −1 when none. */
export function firstBasketFrom(history: OrderHistory, c: number, time: number): number {
  for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) if (history.basketTime[b]! >= time) return b;
  return -1;
}
