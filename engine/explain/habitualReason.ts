import type { PurchaseSummary } from './purchaseSummary.js';

/**
 * A line's reason in plain English, from its purchase summary:
 * "ordered in 5 of the last 6 orders, every ~30 days, last 34 days ago", or, for a product the
 * customer never ordered, "not ordered yet; similar customers order it".
 * (Translated wording arrives with the widget's message catalogue.)
 */
export function habitualReason(s: PurchaseSummary): string {
  if (s.ordersWithProduct === 0) return 'not ordered yet; similar customers order it';
  const parts: string[] = [];
  if (s.recentWithProduct > 0) {
    parts.push(
      s.recentOrders === s.orders
        ? `ordered in ${s.recentWithProduct} of ${plural(s.orders, 'order')}`
        : `ordered in ${s.recentWithProduct} of the last ${s.recentOrders} orders`,
    );
  } else {
    parts.push(`ordered in ${s.ordersWithProduct} of ${plural(s.orders, 'order')}, none of the last ${s.recentOrders}`);
  }
  if (s.everyDays !== null) parts.push(`every ~${s.everyDays} days`);
  parts.push(s.daysSinceLast === 0 ? 'last today' : `last ${plural(s.daysSinceLast!, 'day')} ago`);
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
