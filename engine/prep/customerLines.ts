import type { OrderHistory } from './OrderHistory.js';
import type { OrderLine } from './OrderLine.js';

/**
 * Customer `c`'s orders in `history` as order lines again, one per basket item, oldest first:
 * to rebuild that customer's history alone (e.g. on a prepared model's product numbering).
 */
export function customerLines(history: OrderHistory, c: number): OrderLine[] {
  const lines: OrderLine[] = [];
  const customerId = history.customerIds[c]!;
  const customerName = history.customerNames[c] || undefined;
  for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) {
    for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) {
      const p = history.itemProduct[i]!;
      lines.push({
        customerId,
        customerName,
        orderId: history.basketOrderId[b]!,
        orderTime: history.basketTime[b]!,
        productId: history.productIds[p]!,
        productName: history.productNames[p] || undefined,
        quantity: history.itemQuantity[i]!,
        unitPrice: history.itemPrice[i]!,
      });
    }
  }
  return lines;
}
