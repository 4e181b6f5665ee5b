import { median } from '../medianQuantity.js';

/**
 * A customer's usual basket size, as the shared data's README cuts the baselines: the median
 * number of distinct products of its past orders (`basketSizes`), rounded half up, at least 1
 * (1 for a customer with no order).
 */
export function usualBasketSize(sizes: readonly number[]): number {
  return sizes.length === 0 ? 1 : Math.max(1, Math.round(median(sizes)));
}
