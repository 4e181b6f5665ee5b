import type { OrderHistory } from '../prep/index.js';
import type { Outcome } from './FeedbackIndex.js';

/**
 * What each customer did after a time, from an order history holding the past only: the outcome
 * function a `FeedbackIndex` needs. Only the customer's first order after the proposal counts: it
 * is the order the proposal was for.
 */
export function outcomeAfter(past: OrderHistory): (customerId: string, productId: string, time: number) => Outcome {
  return (customerId, productId, time) => {
    const c = past.customerIndex.get(customerId);
    if (c === undefined) return 'pending';
    for (let b = past.basketStart[c]!; b < past.basketStart[c + 1]!; b++) {
      if (past.basketTime[b]! <= time) continue;
      const p = past.productIndex.get(productId);
      for (let i = past.itemStart[b]!; i < past.itemStart[b + 1]!; i++) if (past.itemProduct[i] === p) return 'ordered';
      return 'not-ordered';
    }
    return 'pending';
  };
}
