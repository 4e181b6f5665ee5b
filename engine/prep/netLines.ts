import type { CancelledLine } from './CancelledLine.js';
import { HistoryBuilder } from './HistoryBuilder.js';
import { netCancellations } from './netCancellations.js';

/** A purchase line as far as netting goes (an `OrderLine` is one; so is a row kept as it is). */
export interface NettableLine {
  customerId: string;
  orderId: string;
  orderTime: number;
  productId: string;
  quantity: number;
}

/**
 * Purchase lines with cancellations netted exactly as the loader nets them (`netCancellations`),
 * for code that keeps lines rather than a history (a fake org seeded with order lines): each line,
 * in the order given, with what is left of it; the lines of one product in one order share what is
 * left of it, first lines first; a line with nothing left is dropped.
 */
export function netLines<T extends NettableLine>(lines: readonly T[], cancellations: readonly CancelledLine[]): T[] {
  if (cancellations.length === 0) return [...lines];
  const builder = new HistoryBuilder();
  for (const l of lines) builder.add({ customerId: l.customerId, orderId: l.orderId, orderTime: l.orderTime, productId: l.productId, quantity: l.quantity, unitPrice: NaN });
  const { history: h } = netCancellations(builder.build(), cancellations);
  const left = new Map<string, number>();
  for (let c = 0; c < h.customerIds.length; c++) {
    for (let b = h.basketStart[c]!; b < h.basketStart[c + 1]!; b++) {
      for (let i = h.itemStart[b]!; i < h.itemStart[b + 1]!; i++) left.set(key(h.customerIds[c]!, h.basketOrderId[b]!, h.productIds[h.itemProduct[i]!]!), h.itemQuantity[i]!);
    }
  }
  const out: T[] = [];
  for (const l of lines) {
    const k = key(l.customerId, l.orderId, l.productId);
    const quantity = Math.min(l.quantity, left.get(k) ?? 0);
    if (!(quantity > 0)) continue;
    left.set(k, left.get(k)! - quantity);
    out.push(quantity === l.quantity ? l : { ...l, quantity });
  }
  return out;
}

function key(customerId: string, orderId: string, productId: string): string {
  return `${customerId}\u0000${orderId}\u0000${productId}`;
}
