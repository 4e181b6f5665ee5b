import { DAY_MS, sliceHistory } from '../prep/index.js';
import type { OrderHistory } from '../prep/index.js';

/** What one customer actually bought next: the basket a recommendation is judged against. */
export interface Target {
  /** Customer index (same numbering as the history the split came from). */
  customer: number;
  /** Products of the target basket, each once. */
  products: Int32Array;
  /** Quantity bought of each product, aligned with `products`; all > 0. */
  quantities: Float64Array;
}

/** A next-basket evaluation split: the past to fit on and, per customer, the basket to predict. */
export interface NextBasketSplit {
  /** Baskets strictly before `cutoff`, same customer and product numbering as the source. */
  train: OrderHistory;
  /** One target per evaluated customer, in customer-index order. */
  targets: Target[];
  /** The as-of date models are fitted at, ms UTC. */
  cutoff: number;
  /** Length of the target window in days. */
  horizonDays: number;
}

/**
 * The next-basket protocol: train on baskets before `cutoff`; for every customer with at least
 * one basket before `cutoff` and at least one in `[cutoff, cutoff + horizonDays)`, the target is
 * the FIRST basket in that window (its products with positive quantity). A basket with no
 * positive quantity is not a purchase and is skipped, so every target is non-empty.
 */
export function nextBasketSplit(history: OrderHistory, cutoff: number, horizonDays: number): NextBasketSplit {
  const end = cutoff + horizonDays * DAY_MS;
  const targets: Target[] = [];
  const nCustomers = history.customerIds.length;
  for (let c = 0; c < nCustomers; c++) {
    const first = history.basketStart[c]!;
    const last = history.basketStart[c + 1]!;
    // Baskets are sorted by time within a customer.
    if (last === first || history.basketTime[first]! >= cutoff) continue;
    for (let b = first; b < last; b++) {
      const t = history.basketTime[b]!;
      if (t < cutoff) continue;
      if (t >= end) break;
      const target = positiveItems(history, c, b);
      if (target) {
        targets.push(target);
        break;
      }
    }
  }
  return { train: sliceHistory(history, { before: cutoff }), targets, cutoff, horizonDays };
}

function positiveItems(history: OrderHistory, customer: number, basket: number): Target | undefined {
  const products: number[] = [];
  const quantities: number[] = [];
  for (let i = history.itemStart[basket]!; i < history.itemStart[basket + 1]!; i++) {
    const q = history.itemQuantity[i]!;
    if (q > 0) {
      products.push(history.itemProduct[i]!);
      quantities.push(q);
    }
  }
  if (products.length === 0) return undefined;
  return { customer, products: Int32Array.from(products), quantities: Float64Array.from(quantities) };
}
