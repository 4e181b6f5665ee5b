import type { OrderHistory } from '../prep/index.js';

/**
 * Fewest distinct buyers (and, for a price, orders) a per-product figure of the shared model may be
 * computed from: the usual minimum cell size of published aggregates. With one buyer the figure
 * is that buyer's; with two, either buyer subtracts its own part and reads the other's. From
 * three on, no single buyer can (decisions/0025). Below it the figure is left out (or falls back
 * to what a product nobody bought gets), in the whole fit and the prepared model alike, so an
 * account view still proposes what the whole fit does.
 */
export const MIN_CELL_BUYERS = 3;

/**
 * By product (index), the distinct customers of `history` who bought it, counting only customers
 * with at least `minOrders` orders (default: every customer).
 */
export function productBuyers(history: OrderHistory, minOrders = 1): Int32Array {
  const buyers = new Int32Array(history.productIds.length);
  const seen = new Int32Array(history.productIds.length).fill(-1);
  for (let c = 0; c < history.customerIds.length; c++) {
    const lo = history.basketStart[c]!;
    const hi = history.basketStart[c + 1]!;
    if (hi - lo < minOrders) continue;
    for (let i = history.itemStart[lo]!; i < history.itemStart[hi]!; i++) {
      const p = history.itemProduct[i]!;
      if (seen[p] === c) continue;
      seen[p] = c;
      buyers[p]!++;
    }
  }
  return buyers;
}
