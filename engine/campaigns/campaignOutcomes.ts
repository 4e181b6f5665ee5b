import { DAY_MS, type OrderHistory } from '../prep/index.js';

/**
 * Who bought each of `products` in `[from, from + horizonDays)` (a positive quantity): the labels a
 * propensity is learnt from and judged by. Map from product index to the set of customer indexes.
 */
export function campaignOutcomes(history: OrderHistory, products: Iterable<number>, from: number, horizonDays: number): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const p of products) out.set(p, new Set());
  const to = from + horizonDays * DAY_MS;
  for (let c = 0; c < history.customerIds.length; c++) {
    for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) {
      const t = history.basketTime[b]!;
      if (t < from || t >= to) continue;
      for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) {
        if (history.itemQuantity[i]! > 0) out.get(history.itemProduct[i]!)?.add(c);
      }
    }
  }
  return out;
}
