import type { CancellationReport, CancelledLine } from './CancelledLine.js';
import type { OrderHistory } from './OrderHistory.js';

/** A remaining quantity at or below this is nothing left (quantities may be decimals). */
const EPSILON = 1e-9;

/**
 * Nets cancellations against the purchases they cancel. Each cancelled line, in time order, is
 * matched to the same customer's purchases of the same product at or before its time that still
 * have units left: the most recent one of exactly its quantity if any (it undoes that order line),
 * else the most recent one, then earlier ones for what exceeds it, each at most what it has left
 * (`takeCancelled`). What is left over, and a line with no such purchase, stay unmatched (counted). A purchase cancelled in full leaves the history, and so
 * does an order with nothing left: a cancelled order is not a habit. Customers and products keep
 * their numbers (a customer whose only order was cancelled keeps its index with no basket); the
 * input history is not changed.
 */
export function netCancellations(history: OrderHistory, cancellations: readonly CancelledLine[]): { history: OrderHistory; report: CancellationReport } {
  const left = Float64Array.from(history.itemQuantity);
  const report: CancellationReport = { lines: cancellations.length, netted: 0, nettedQuantity: 0, unmatched: 0, unmatchedQuantity: 0, purchasesRemoved: 0, ordersRemoved: 0 };
  const order = cancellations.map((_, i) => i).sort((a, b) => cancellations[a]!.orderTime - cancellations[b]!.orderTime || a - b);
  for (const i of order) {
    const line = cancellations[i]!;
    const purchases = purchasesBefore(history, left, line);
    if (purchases.length === 0) {
      report.unmatched++;
      report.unmatchedQuantity += line.quantity;
      continue;
    }
    const taken = takeCancelled(left, purchases, line.quantity);
    report.netted++;
    report.nettedQuantity += taken;
    report.unmatchedQuantity += line.quantity - taken;
  }
  return { history: withoutCancelled(history, left, report), report };
}

/** The items of the customer's purchases of the product at or before the line's time with units left, most recent first. */
function purchasesBefore(history: OrderHistory, left: Float64Array, line: CancelledLine): number[] {
  const c = history.customerIndex.get(line.customerId);
  const p = history.productIndex.get(line.productId);
  if (c === undefined || p === undefined) return [];
  const items: number[] = [];
  for (let b = history.basketStart[c + 1]! - 1; b >= history.basketStart[c]!; b--) {
    if (history.basketTime[b]! > line.orderTime) continue;
    for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) {
      if (history.itemProduct[i] === p && left[i]! > EPSILON) items.push(i);
    }
  }
  return items;
}

/**
 * Takes `quantity` cancelled units off `purchases` (most recent first): all of the most recent
 * purchase of exactly that quantity when there is one (a cancellation usually undoes one order
 * line), else from the most recent on, each at most what it has left. Returns the units taken.
 */
function takeCancelled(left: Float64Array, purchases: readonly number[], quantity: number): number {
  const exact = purchases.find((i) => Math.abs(left[i]! - quantity) <= EPSILON);
  if (exact !== undefined) {
    left[exact] = 0;
    return quantity;
  }
  let rest = quantity;
  for (const i of purchases) {
    const taken = Math.min(rest, left[i]!);
    left[i] = left[i]! - taken;
    rest -= taken;
    if (rest <= EPSILON) break;
  }
  return quantity - rest;
}

/** The history with each item's quantity as `left`, items with nothing left and orders left empty removed (counted in `report`). */
function withoutCancelled(history: OrderHistory, left: Float64Array, report: CancellationReport): OrderHistory {
  const nCustomers = history.customerIds.length;
  const basketStart = new Int32Array(nCustomers + 1);
  const baskets: number[] = [];
  const itemStart: number[] = [0];
  const items: number[] = [];
  for (let c = 0; c < nCustomers; c++) {
    for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) {
      const before = items.length;
      for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) {
        if (left[i]! > EPSILON) items.push(i);
        else report.purchasesRemoved++;
      }
      if (items.length === before) {
        report.ordersRemoved++;
        continue;
      }
      baskets.push(b);
      itemStart.push(items.length);
    }
    basketStart[c + 1] = baskets.length;
  }
  return {
    ...history,
    basketStart,
    basketTime: Float64Array.from(baskets, (b) => history.basketTime[b]!),
    basketOrderId: baskets.map((b) => history.basketOrderId[b]!),
    itemStart: Int32Array.from(itemStart),
    itemProduct: Int32Array.from(items, (i) => history.itemProduct[i]!),
    itemQuantity: Float64Array.from(items, (i) => left[i]!),
    itemPrice: Float64Array.from(items, (i) => history.itemPrice[i]!),
  };
}
