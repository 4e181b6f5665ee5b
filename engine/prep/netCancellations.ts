import type { CancellationReport, CancelledLine } from './CancelledLine.js';
import type { OrderHistory } from './OrderHistory.js';

/** A remaining quantity at or below this is nothing left (quantities may be decimals). */
const EPSILON = 1e-9;

/**
 * Nets cancellations against the purchases they cancel. Each cancelled line, in time order, is
 * matched to the same customer's most recent purchase of the same product at or before its time
 * that still has units left, and takes off at most those units; the excess, and a line with no
 * such purchase, stay unmatched (counted). A purchase cancelled in full leaves the history, and so
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
    const item = purchaseCancelled(history, left, line);
    if (item < 0) {
      report.unmatched++;
      report.unmatchedQuantity += line.quantity;
      continue;
    }
    const taken = Math.min(left[item]!, line.quantity);
    left[item] = left[item]! - taken;
    report.netted++;
    report.nettedQuantity += taken;
    report.unmatchedQuantity += line.quantity - taken;
  }
  return { history: withoutCancelled(history, left, report), report };
}

/** The item of the customer's most recent purchase of the product at or before the line's time with units left; −1 when none. */
function purchaseCancelled(history: OrderHistory, left: Float64Array, line: CancelledLine): number {
  const c = history.customerIndex.get(line.customerId);
  const p = history.productIndex.get(line.productId);
  if (c === undefined || p === undefined) return -1;
  for (let b = history.basketStart[c + 1]! - 1; b >= history.basketStart[c]!; b--) {
    if (history.basketTime[b]! > line.orderTime) continue;
    for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) {
      if (history.itemProduct[i] === p && left[i]! > EPSILON) return i;
    }
  }
  return -1;
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
