import type { PurchaseSummary } from './purchaseSummary.js';
import type { HabitualReason, NeverOrderedReason } from './Reason.js';

/** The reason of a model's line from its purchase summary: habitual when ordered before, else never-ordered. */
export function lineReason(s: PurchaseSummary): HabitualReason | NeverOrderedReason {
  if (s.ordersWithProduct === 0 || s.daysSinceLast === null) return { code: 'never-ordered' };
  return {
    code: 'habitual',
    orders: s.orders,
    ordersWithProduct: s.ordersWithProduct,
    recentOrders: s.recentOrders,
    recentWithProduct: s.recentWithProduct,
    everyDays: s.everyDays,
    daysSinceLast: s.daysSinceLast,
  };
}
