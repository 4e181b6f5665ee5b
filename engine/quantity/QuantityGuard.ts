import type { OrderHistory } from '../prep/index.js';
import type { ProductQuantities } from './ProductQuantities.js';
import type { QuantityNote, UnusualQuantityNote } from './QuantityNote.js';
import { usualMultiple } from './usualMultiple.js';
import { usualRange } from './usualRange.js';

/** A proposed quantity as the guard leaves it: whole units, rounded to the usual multiple, with what it noticed. */
export interface QuantityAdvice {
  quantity: number;
  /** In order: the rounding, then the unusual quantity; empty when there is nothing to say. */
  notes: QuantityNote[];
}

/**
 * Checks proposed quantities against the history (the past only: what a model was fitted on):
 * - **multiples**: a quantity is rounded to the nearest multiple (at least one) of the product's
 *   usual multiple when every past quantity shows one (`usualMultiple`), the customer's own orders
 *   first (two or more), else every customer's (ten orders or more);
 * - **outliers**: a quantity outside the customer's own usual range of the product (`usualRange`,
 *   from 3 orders of it), or, with fewer own orders, above what 99 % of all customers' orders of it
 *   take, is kept but noted as unusual, for the rep to check.
 * The last customer's quantities are cached: orders are proposed one customer at a time.
 */
export class QuantityGuard {
  private cachedCustomer = -1;
  private own = new Map<number, number[]>();

  /** `products`: all customers' quantities (`productQuantities` of the same past, or a prepared model's). */
  constructor(
    private readonly history: OrderHistory,
    private readonly products: ProductQuantities,
  ) {}

  /** The quantity to propose of product `p` to customer `c` (−1: no customer, as for a new one) for a model's `proposed`. */
  check(c: number, p: number, proposed: number): QuantityAdvice {
    const notes: QuantityNote[] = [];
    const own = this.ownQuantities(c).get(p) ?? [];
    let quantity = Math.max(1, Math.round(proposed));
    const ownMultiple = usualMultiple(own);
    const [multiple, basis] = ownMultiple > 1 ? [ownMultiple, 'customer' as const] : [this.products.multiple[p] ?? 1, 'product' as const];
    if (multiple > 1 && quantity % multiple !== 0) {
      const rounded = Math.max(multiple, Math.round(quantity / multiple) * multiple);
      notes.push({ code: 'rounded-quantity', basis, multiple, from: quantity });
      quantity = rounded;
    }
    const unusual = unusualQuantity(quantity, own, this.products.median[p] ?? NaN, this.products.high[p] ?? NaN);
    if (unusual) notes.push(unusual);
    return { quantity, notes };
  }

  private ownQuantities(c: number): Map<number, number[]> {
    if (c !== this.cachedCustomer) {
      this.cachedCustomer = c;
      this.own = c >= 0 && c < this.history.customerIds.length ? quantitiesOf(this.history, c) : new Map();
    }
    return this.own;
  }

}

/** The note for `quantity` when it is unusual for this customer (own range) or, without one, for the product; else null. */
function unusualQuantity(quantity: number, own: readonly number[], productMedian: number, productHigh: number): UnusualQuantityNote | null {
  const range = usualRange(own);
  if (range) {
    if (quantity >= range.low && quantity <= range.high) return null;
    return { code: 'unusual-quantity', basis: 'customer', quantity, ...range };
  }
  if (Number.isNaN(productHigh)) return null;
  const high = Math.max(productHigh, 2 * productMedian);
  if (quantity <= high) return null;
  return { code: 'unusual-quantity', basis: 'product', quantity, median: productMedian, low: 0, high };
}

/** Customer c's quantities of each product, one per order, oldest first. */
function quantitiesOf(history: OrderHistory, c: number): Map<number, number[]> {
  const lists = new Map<number, number[]>();
  for (let i = history.itemStart[history.basketStart[c]!]!; i < history.itemStart[history.basketStart[c + 1]!]!; i++) {
    const p = history.itemProduct[i]!;
    const list = lists.get(p);
    if (list) list.push(history.itemQuantity[i]!);
    else lists.set(p, [history.itemQuantity[i]!]);
  }
  return lists;
}

