import type { OrderHistory } from './OrderHistory.js';

/**
 * Sets `marks[p]` to `value` for every product `p` of basket `b`: mark a target basket with 1, read
 * the labels of many candidates in O(1) each, then clear it with 0 (one array reused for every
 * customer instead of a set per basket).
 */
export function markBasket(history: OrderHistory, b: number, marks: Uint8Array, value: 0 | 1): void {
  for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) marks[history.itemProduct[i]!] = value;
}
