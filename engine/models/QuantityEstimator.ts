import type { OrderHistory } from '../prep/index.js';

/**
 * Quantity estimates from a customer's past quantities of a product. Built once per fitted model;
 * each call reads only that customer's baskets.
 */
export class QuantityEstimator {
  /** Median quantity per product over all customers' baskets: the fallback for a new product. */
  private readonly productMedian: Float64Array;

  constructor(private readonly history: OrderHistory) {
    const perProduct: number[][] = history.productIds.map(() => []);
    for (let i = 0; i < history.itemProduct.length; i++) perProduct[history.itemProduct[i]!]!.push(history.itemQuantity[i]!);
    this.productMedian = Float64Array.from(perProduct, (qs) => (qs.length ? median(qs) : 1));
  }

  /** The customer's past quantities of a product, oldest first, with their basket times. */
  pastQuantities(customer: number, product: number): { time: number; quantity: number }[] {
    const h = this.history;
    const out: { time: number; quantity: number }[] = [];
    for (let b = h.basketStart[customer]!; b < h.basketStart[customer + 1]!; b++) {
      for (let i = h.itemStart[b]!; i < h.itemStart[b + 1]!; i++) {
        if (h.itemProduct[i] === product) out.push({ time: h.basketTime[b]!, quantity: h.itemQuantity[i]! });
      }
    }
    return out;
  }

  /** Median of the customer's past quantities; the product's median over everyone if it never bought it. */
  median(customer: number, product: number): number {
    const past = this.pastQuantities(customer, product);
    if (past.length) return median(past.map((x) => x.quantity));
    return this.productMedian[product] ?? 1;
  }
}

/** The median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
