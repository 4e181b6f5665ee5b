import { usualBasketSize } from '../models/index.js';
import type { OptimalOrder, UsualOrder } from './OptimalOrder.js';

/** The customer's usual order and the share of its value the proposal covers (see `OptimalOrder.usual`). */
export function usualOrder(sizes: readonly number[], value: number, order: OptimalOrder): UsualOrder {
  const total = order.items.reduce((s, l) => s + l.quantity * l.price.value, 0);
  return { lines: usualBasketSize(sizes), value: round2(value), covered: value > 0 ? Math.round((100 * total) / value) / 100 : null };
}

/** To cents, first to 12 significant digits: a sum's last bit (it depends on the order lines were added in) never flips a cent. */
function round2(x: number): number {
  return Math.round(Number(x.toPrecision(12)) * 100) / 100;
}
