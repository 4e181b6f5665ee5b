import type { OrderHistory } from '../prep/index.js';
import type { LaterOrderLine } from './matchOutcomes.js';

/** A month in UTC ms, roughly: only to reach back for the pre-period covariates. */
const MONTH_MS = 30.4375 * 86_400_000;

/** Customer c's revenue (quantity × price, unknown prices as 0) from baskets in [from, to). */
export function revenueBetween(h: OrderHistory, c: number, from: number, to: number): number {
  let sum = 0;
  for (let b = h.basketStart[c]!; b < h.basketStart[c + 1]!; b++) {
    const t = h.basketTime[b]!;
    if (t < from || t >= to) continue;
    for (let i = h.itemStart[b]!; i < h.itemStart[b + 1]!; i++) {
      const v = h.itemQuantity[i]! * h.itemPrice[i]!;
      if (Number.isFinite(v)) sum += v;
    }
  }
  return sum;
}

/**
 * What an account bought before a period, known before the control group is drawn: revenue in
 * the month, the quarter and the half-year before `start`, and the orders in the half-year.
 * The covariates of the uplift's regression adjustment.
 */
export function preperiodCovariates(h: OrderHistory, c: number, start: number): number[] {
  let orders = 0;
  for (let b = h.basketStart[c]!; b < h.basketStart[c + 1]!; b++) {
    const t = h.basketTime[b]!;
    if (t < start && t >= start - 6 * MONTH_MS) orders++;
  }
  return [1, 3, 6].map((months) => revenueBetween(h, c, start - months * MONTH_MS, start)).concat(orders);
}

/** Customer c's order lines in [from, to) as later order lines. */
export function orderLinesBetween(h: OrderHistory, c: number, from: number, to: number): LaterOrderLine[] {
  const out: LaterOrderLine[] = [];
  for (let b = h.basketStart[c]!; b < h.basketStart[c + 1]!; b++) {
    const t = h.basketTime[b]!;
    if (t < from || t >= to) continue;
    for (let i = h.itemStart[b]!; i < h.itemStart[b + 1]!; i++) {
      const value = h.itemQuantity[i]! * h.itemPrice[i]!;
      out.push({ accountId: h.customerIds[c]!, productId: h.productIds[h.itemProduct[i]!]!, orderedAt: t, quantity: h.itemQuantity[i]!, value: Number.isFinite(value) ? value : 0 });
    }
  }
  return out;
}

/** Each product's mean unit price over a history's lines with a known positive price (NaN when none). */
export function meanPrices(h: OrderHistory): Float64Array {
  const sum = new Float64Array(h.productIds.length);
  const n = new Float64Array(h.productIds.length);
  for (let i = 0; i < h.itemProduct.length; i++) {
    const price = h.itemPrice[i]!;
    if (!(price > 0)) continue;
    sum[h.itemProduct[i]!]! += price;
    n[h.itemProduct[i]!]!++;
  }
  return sum.map((s, p) => (n[p]! > 0 ? s / n[p]! : Number.NaN));
}
