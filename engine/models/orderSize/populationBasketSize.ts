import type { OrderHistory } from '../../prep/index.js';
import { basketSizes } from './basketSizes.js';

/**
 * The prior of `expectedBasketSize`: the mean, over the customers of `history` with an order, of
 * their mean number of distinct products per order (each customer counts once, however often it
 * orders). `NaN` when no customer has an order.
 */
export function populationBasketSize(history: OrderHistory): number {
  let sum = 0;
  let customers = 0;
  for (let c = 0; c < history.customerIds.length; c++) {
    const sizes = basketSizes(history, c);
    if (sizes.length === 0) continue;
    sum += sizes.reduce((s, x) => s + x, 0) / sizes.length;
    customers++;
  }
  return customers === 0 ? NaN : sum / customers;
}
