import type { OrderHistory } from '../../prep/index.js';

/** The number of distinct products of each of customer `c`'s orders in `history`, oldest first. */
export function basketSizes(history: OrderHistory, c: number): number[] {
  const sizes: number[] = [];
  const seen = new Set<number>();
  for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) {
    seen.clear();
    for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) seen.add(history.itemProduct[i]!);
    sizes.push(seen.size);
  }
  return sizes;
}
