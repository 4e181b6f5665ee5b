import { describe, expect, it } from 'vitest';
import { HistoryBuilder } from './HistoryBuilder.js';
import { netCancellations } from './netCancellations.js';
import type { CancelledLine } from './CancelledLine.js';
import type { OrderHistory } from './OrderHistory.js';

const H = 3_600_000;

/** A's orders: o1 at hour 1 (P 10, Q 4), o2 at hour 5 (P 6), o3 at hour 9 (R 2); B's: b1 at hour 2 (P 3). */
function history(): OrderHistory {
  const b = new HistoryBuilder();
  const add = (customerId: string, orderId: string, hour: number, productId: string, quantity: number) =>
    b.add({ customerId, orderId, orderTime: hour * H, productId, quantity, unitPrice: 2 });
  add('A', 'o1', 1, 'P', 10);
  add('A', 'o1', 1, 'Q', 4);
  add('A', 'o2', 5, 'P', 6);
  add('A', 'o3', 9, 'R', 2);
  add('B', 'b1', 2, 'P', 3);
  return b.build();
}

const cancel = (customerId: string, productId: string, hour: number, quantity: number): CancelledLine => ({ customerId, productId, orderTime: hour * H, quantity });

/** Each customer's orders as `orderId: product quantity, …`. */
function orders(h: OrderHistory, customerId: string): string[] {
  const c = h.customerIndex.get(customerId)!;
  const out: string[] = [];
  for (let b = h.basketStart[c]!; b < h.basketStart[c + 1]!; b++) {
    const items: string[] = [];
    for (let i = h.itemStart[b]!; i < h.itemStart[b + 1]!; i++) items.push(`${h.productIds[h.itemProduct[i]!]} ${h.itemQuantity[i]}`);
    out.push(`${h.basketOrderId[b]}: ${items.join(', ')}`);
  }
  return out;
}

describe('netCancellations', () => {
  it("takes a partial cancellation off the customer's most recent earlier purchase of the product", () => {
    const { history: h, report } = netCancellations(history(), [cancel('A', 'P', 7, 4)]);
    expect(orders(h, 'A')).toEqual(['o1: P 10, Q 4', 'o2: P 2', 'o3: R 2']);
    expect(orders(h, 'B')).toEqual(['b1: P 3']); // another customer's purchase is never touched
    expect(report).toEqual({ lines: 1, netted: 1, nettedQuantity: 4, unmatched: 0, unmatchedQuantity: 0, purchasesRemoved: 0, ordersRemoved: 0 });
  });

  it('removes a purchase cancelled in full, and an order with nothing left', () => {
    const { history: h, report } = netCancellations(history(), [cancel('A', 'P', 6, 6), cancel('A', 'R', 9, 2)]);
    expect(orders(h, 'A')).toEqual(['o1: P 10, Q 4']);
    expect(report).toMatchObject({ netted: 2, nettedQuantity: 8, purchasesRemoved: 2, ordersRemoved: 2 });
  });

  it('takes what exceeds the most recent purchase off earlier ones, each at most what it has; the rest is counted', () => {
    const partly = netCancellations(history(), [cancel('A', 'P', 6, 9)]);
    expect(orders(partly.history, 'A')).toEqual(['o1: P 7, Q 4', 'o3: R 2']);
    expect(partly.report).toMatchObject({ netted: 1, nettedQuantity: 9, unmatched: 0, unmatchedQuantity: 0 });
    const beyond = netCancellations(history(), [cancel('A', 'P', 6, 20)]);
    expect(orders(beyond.history, 'A')).toEqual(['o1: Q 4', 'o3: R 2']);
    expect(beyond.report).toMatchObject({ netted: 1, nettedQuantity: 16, unmatchedQuantity: 4, purchasesRemoved: 2, ordersRemoved: 1 });
  });

  it('undoes the most recent purchase of exactly the cancelled quantity when there is one', () => {
    const { history: h } = netCancellations(history(), [cancel('A', 'P', 6, 10)]);
    expect(orders(h, 'A')).toEqual(['o1: Q 4', 'o2: P 6', 'o3: R 2']);
  });

  it('moves to the next earlier purchase once a later one is cancelled in full, lines taken in time order', () => {
    // Listed out of order: the one at hour 6 comes first and empties o2, the one at hour 8 then takes from o1.
    const { history: h } = netCancellations(history(), [cancel('A', 'P', 8, 5), cancel('A', 'P', 6, 6)]);
    expect(orders(h, 'A')).toEqual(['o1: P 5, Q 4', 'o3: R 2']);
  });

  it('never nets against a purchase made after the cancellation, nor an unknown customer or product', () => {
    const { history: h, report } = netCancellations(history(), [cancel('A', 'R', 8, 1), cancel('Z', 'P', 9, 1), cancel('A', 'X', 9, 1), cancel('B', 'P', 1, 1)]);
    expect(orders(h, 'A')).toEqual(['o1: P 10, Q 4', 'o2: P 6', 'o3: R 2']);
    expect(orders(h, 'B')).toEqual(['b1: P 3']);
    expect(report).toMatchObject({ lines: 4, netted: 0, unmatched: 4, unmatchedQuantity: 4 });
  });

  it('keeps a customer whose only order was cancelled, with no order, and every numbering', () => {
    const before = history();
    const { history: h } = netCancellations(before, [cancel('B', 'P', 2, 3)]);
    expect(orders(h, 'B')).toEqual([]);
    expect(h.customerIds).toEqual(before.customerIds);
    expect(h.productIds).toEqual(before.productIds);
    expect(orders(before, 'B')).toEqual(['b1: P 3']); // the input is left as it was
  });
});
