import type { OrderHistory } from '../prep/index.js';
import { median } from '../models/index.js';
import { MIN_CELL_BUYERS } from '../privacy/index.js';

/**
 * For each product, how regularly its buyers order it: the median, over the customers with at least
 * `minOrders` orders who bought it, of the share of their orders that contain it. The yardstick a
 * customer's own share is compared with to find products it buys below its potential.
 */
export class PeerShares {
  /** By product, the median share (`NaN`: fewer than `MIN_CELL_BUYERS` regular buyers): what a prepared model stores. */
  readonly shares: Float64Array;

  constructor(history: OrderHistory | { shares: Float64Array }, readonly minOrders: number) {
    this.shares = 'shares' in history ? history.shares : medianShares(history, minOrders);
  }

  /** The median share of orders containing product `p` among its regular buyers; `NaN` with fewer than `MIN_CELL_BUYERS` of them. */
  of(p: number): number {
    return this.shares[p] ?? NaN;
  }
}

/** By product, the median over its buyers with at least `minOrders` orders of the share of their orders holding it; `NaN` with fewer than `MIN_CELL_BUYERS` of them. */
function medianShares(history: OrderHistory, minOrders: number): Float64Array {
  const lists: number[][] = history.productIds.map(() => []);
  const counts = new Map<number, number>();
  for (let c = 0; c < history.customerIds.length; c++) {
    const orders = history.basketStart[c + 1]! - history.basketStart[c]!;
    if (orders < minOrders) continue;
    counts.clear();
    for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) {
      for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) counts.set(history.itemProduct[i]!, (counts.get(history.itemProduct[i]!) ?? 0) + 1);
    }
    for (const [p, n] of counts) lists[p]!.push(Math.min(1, n / orders));
  }
  // The median of fewer than MIN_CELL_BUYERS buyers is one of theirs (or tells it to the other).
  return Float64Array.from(lists, (l) => (l.length >= MIN_CELL_BUYERS ? median(l) : NaN));
}
