import { median } from '../models/index.js';
import type { OrderHistory } from '../prep/index.js';
import { MIN_CELL_BUYERS, productBuyers } from '../privacy/index.js';
import { usualMultiple } from './usualMultiple.js';

/** A product's orders by all customers are judged only with at least this many: fewer say little about a 99th percentile. */
export const MIN_PRODUCT_ORDERS = 20;

/** Above this share of all customers' orders of a product, a quantity is unusual (when the customer's own orders cannot tell). */
export const PRODUCT_QUANTILE = 0.99;

/**
 * All customers' orders of a product show a multiple only from this many: a few orders may all be
 * even by chance (five in 2⁵ = 32 times), ten hardly (once in a thousand).
 */
export const MIN_PRODUCT_ORDERS_FOR_MULTIPLE = 10;

/**
 * What all customers' orders say about each product's quantities, by product index: plain typed
 * arrays, so a prepared model carries them (a page view sees one customer's orders only).
 */
export interface ProductQuantities {
  /** The median quantity of an order of it; `NaN` for a product fewer than `MIN_CELL_BUYERS` customers ordered. */
  median: Float64Array;
  /** The `PRODUCT_QUANTILE` quantile; `NaN` with fewer than `MIN_PRODUCT_ORDERS` orders. */
  high: Float64Array;
  /** Its usual multiple (`usualMultiple`) from `MIN_PRODUCT_ORDERS_FOR_MULTIPLE` orders; 1 for none. */
  multiple: Float64Array;
}

/**
 * Every product's quantities over all customers' orders of `history` (the past of an as-of date);
 * a product of fewer than `MIN_CELL_BUYERS` buyers has none (median and high `NaN`, multiple 1):
 * a customer's own orders still judge its own quantities.
 */
export function productQuantities(history: OrderHistory): ProductQuantities {
  const lists: number[][] = history.productIds.map(() => []);
  for (let i = 0; i < history.itemProduct.length; i++) lists[history.itemProduct[i]!]!.push(history.itemQuantity[i]!);
  const n = lists.length;
  const out: ProductQuantities = { median: new Float64Array(n).fill(NaN), high: new Float64Array(n).fill(NaN), multiple: new Float64Array(n).fill(1) };
  const buyers = productBuyers(history);
  lists.forEach((qs, p) => {
    // Fewer buyers than that: their quantities would be what all customers' say (the product's figures are those of one nobody ordered).
    if (buyers[p]! < MIN_CELL_BUYERS) return;
    out.median[p] = median(qs);
    if (qs.length >= MIN_PRODUCT_ORDERS) {
      const sorted = [...qs].sort((a, b) => a - b);
      out.high[p] = sorted[Math.min(sorted.length - 1, Math.floor(PRODUCT_QUANTILE * sorted.length))]!;
    }
    if (qs.length >= MIN_PRODUCT_ORDERS_FOR_MULTIPLE) out.multiple[p] = usualMultiple(qs);
  });
  return out;
}
