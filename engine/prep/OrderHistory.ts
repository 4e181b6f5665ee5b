/**
 * Every customer's purchase history as compressed sparse rows: customers → baskets → items.
 *
 * Customers and products are numbered 0..n-1 (the index) and keep their source id in
 * `customerIds` / `productIds`. Baskets of a customer are contiguous and sorted by time;
 * items of a basket are contiguous, one per product (quantities of repeated lines summed).
 * Plain typed arrays, so a history is cheap to transfer to a Web Worker.
 */
export interface OrderHistory {
  customerIds: string[];
  /** Display name per customer, `''` when the source had none. */
  customerNames: string[];
  productIds: string[];
  /** Display name per product (the most frequent spelling), `''` when the source had none. */
  productNames: string[];
  customerIndex: Map<string, number>;
  productIndex: Map<string, number>;
  /** Customer c's baskets are `basketStart[c] .. basketStart[c + 1] - 1`. */
  basketStart: Int32Array;
  /** Order time of each basket, ms since the epoch (UTC). */
  basketTime: Float64Array;
  /** Source order id of each basket. */
  basketOrderId: string[];
  /** Basket b's items are `itemStart[b] .. itemStart[b + 1] - 1`. */
  itemStart: Int32Array;
  itemProduct: Int32Array;
  itemQuantity: Float64Array;
  /** Unit price paid, `NaN` when unknown. */
  itemPrice: Float64Array;
}

/** Number of customers in a history (including those left with no basket by a slice). */
export function customerCount(history: OrderHistory): number {
  return history.customerIds.length;
}

/** Number of baskets customer `c` has. */
export function basketCountOf(history: OrderHistory, c: number): number {
  return history.basketStart[c + 1]! - history.basketStart[c]!;
}
