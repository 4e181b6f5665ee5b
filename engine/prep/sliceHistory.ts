import type { OrderHistory } from './OrderHistory.js';

/**
 * The baskets of `history` whose time is in `[from, before)`, with the same customer and product
 * numbering (customers left with no basket keep their index and get an empty row). This is how
 * a model sees only the past of an as-of date, and how an evaluation takes its targets.
 */
export function sliceHistory(history: OrderHistory, range: { from?: number; before?: number }): OrderHistory {
  const from = range.from ?? -Infinity;
  const before = range.before ?? Infinity;
  const nCustomers = history.customerIds.length;
  const basketStart = new Int32Array(nCustomers + 1);
  const kept: number[] = [];
  for (let c = 0; c < nCustomers; c++) {
    for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) {
      const t = history.basketTime[b]!;
      if (t >= from && t < before) kept.push(b);
    }
    basketStart[c + 1] = kept.length;
  }
  const itemStart = new Int32Array(kept.length + 1);
  let nItems = 0;
  kept.forEach((b, i) => {
    nItems += history.itemStart[b + 1]! - history.itemStart[b]!;
    itemStart[i + 1] = nItems;
  });
  const itemProduct = new Int32Array(nItems);
  const itemQuantity = new Float64Array(nItems);
  const itemPrice = new Float64Array(nItems);
  kept.forEach((b, i) => {
    const lo = history.itemStart[b]!;
    const hi = history.itemStart[b + 1]!;
    itemProduct.set(history.itemProduct.subarray(lo, hi), itemStart[i]!);
    itemQuantity.set(history.itemQuantity.subarray(lo, hi), itemStart[i]!);
    itemPrice.set(history.itemPrice.subarray(lo, hi), itemStart[i]!);
  });
  return {
    ...history,
    basketStart,
    basketTime: Float64Array.from(kept, (b) => history.basketTime[b]!),
    basketOrderId: kept.map((b) => history.basketOrderId[b]!),
    itemStart,
    itemProduct,
    itemQuantity,
    itemPrice,
  };
}
