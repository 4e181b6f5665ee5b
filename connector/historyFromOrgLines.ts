import { HistoryBuilder, parseDateTime, type OrderHistory } from '../engine/index.js';
import type { OrgOrderLine } from './SalesforcePort.js';

/**
 * An org's order lines as the engine's history: customers are accounts (by Salesforce id),
 * products by product code (what admins write in rules; the Product2 id when a product has none),
 * prices ≤ 0 unknown, lines without a positive quantity or without any product (no code, no Product2) left out. Also the way back from a product
 * code to its Product2 id, for saving.
 */
export function historyFromOrgLines(lines: readonly OrgOrderLine[], products?: { ids: readonly string[]; names?: readonly string[] }): { history: OrderHistory; product2Ids: Map<string, string> } {
  const builder = new HistoryBuilder(products);
  const product2Ids = new Map<string, string>();
  for (const l of lines) {
    // A line without a Product2 (an org's own objects may allow it) is known by its code; with neither, it names no product.
    const productId = l.productCode || l.productId;
    if (!(l.quantity > 0) || !productId) continue;
    if (l.productId) product2Ids.set(productId, l.productId);
    builder.add({
      customerId: l.accountId,
      orderId: l.orderId,
      orderTime: parseDateTime(l.orderDate),
      productId,
      quantity: l.quantity,
      unitPrice: l.unitPrice !== null && l.unitPrice > 0 ? l.unitPrice : NaN,
      productName: l.productName,
    });
  }
  return { history: builder.build(), product2Ids };
}
