import type { OrderHistory } from '../../prep/index.js';
import { median } from '../medianQuantity.js';

/**
 * Per product (by index), the median quantity customers ordered the first time they bought it:
 * what a newcomer to the product is likely to take. 1 for a product nobody bought.
 */
export function firstOrderQuantities(history: OrderHistory): Float64Array {
  const firsts: number[][] = history.productIds.map(() => []);
  const seen = new Int32Array(history.productIds.length).fill(-1);
  for (let c = 0; c < history.customerIds.length; c++) {
    for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) {
      for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) {
        const p = history.itemProduct[i]!;
        if (seen[p] === c) continue;
        seen[p] = c;
        firsts[p]!.push(history.itemQuantity[i]!);
      }
    }
  }
  return Float64Array.from(firsts, (q) => (q.length ? median(q) : 1));
}
