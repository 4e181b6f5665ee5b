import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder, parseDateTime } from '../prep/index.js';
import { nextBasketSplit } from './nextBasketSplit.js';

const cutoff = parseDateTime('2024-07-01');
const day = (d: number) => cutoff + d * DAY_MS;

function build() {
  const b = new HistoryBuilder();
  const order = (customerId: string, orderId: string, time: number, items: [string, number][]) => {
    for (const [productId, quantity] of items) b.add({ customerId, orderId, orderTime: time, productId, quantity, unitPrice: 1 });
  };
  order('A', 'a1', day(-10), [['P1', 1]]);
  order('A', 'a2', day(1), [['P1', 2], ['P2', 3]]); // A's target: its first basket in the window
  order('A', 'a3', day(5), [['P3', 1]]);
  order('NEW', 'n1', day(2), [['P1', 1]]); // no basket before the cut-off: excluded
  order('GONE', 'g1', day(-3), [['P1', 1]]);
  order('GONE', 'g2', day(62), [['P2', 1]]); // at cutoff + horizon: outside the window
  order('EDGE', 'e1', day(-1), [['P1', 1]]);
  order('EDGE', 'e2', day(0), [['P3', 4]]); // exactly at the cut-off: inside the window
  order('ZERO', 'z1', day(-1), [['P1', 1]]);
  order('ZERO', 'z2', day(3), [['P2', 5], ['P3', 6]]);
  order('ZERO', 'z3', day(4), [['P1', 7]]);
  return b.build();
}

describe('nextBasketSplit', () => {
  const history = build();
  const c = (id: string) => history.customerIndex.get(id)!;
  const p = (id: string) => history.productIndex.get(id)!;

  it('takes the first basket in [cutoff, cutoff + horizon) of customers with an earlier basket', () => {
    const { targets } = nextBasketSplit(history, cutoff, 62);
    expect(targets.map((t) => history.customerIds[t.customer])).toEqual(['A', 'EDGE', 'ZERO']);
    const a = targets[0]!;
    expect(Array.from(a.products)).toEqual([p('P1'), p('P2')]);
    expect(Array.from(a.quantities)).toEqual([2, 3]);
    expect(Array.from(targets[1]!.products)).toEqual([p('P3')]);
  });

  it('trains on the baskets before the cut-off, keeping the numbering', () => {
    const { train, cutoff: asOf, horizonDays } = nextBasketSplit(history, cutoff, 62);
    expect([asOf, horizonDays]).toEqual([cutoff, 62]);
    expect(train.customerIds).toEqual(history.customerIds);
    expect(Array.from(train.basketTime).every((t) => t < cutoff)).toBe(true);
    // Baskets follow the customers, numbered in id order (HistoryBuilder), each customer's by time.
    expect(train.basketOrderId).toEqual(['a1', 'e1', 'g1', 'z1']);
    expect(train.basketStart[c('NEW') + 1]! - train.basketStart[c('NEW')]!).toBe(0);
  });

  it('keeps only positive quantities and skips a basket with none', () => {
    const h = build();
    // Zero out P2 in z2 (one item left), and then all of z2 (the next basket becomes the target).
    const z2 = h.basketOrderId.indexOf('z2');
    const items = Array.from({ length: h.itemStart[z2 + 1]! - h.itemStart[z2]! }, (_, j) => h.itemStart[z2]! + j);
    h.itemQuantity[items.find((i) => h.itemProduct[i] === p('P2'))!] = 0;
    expect(Array.from(nextBasketSplit(h, cutoff, 62).targets[2]!.products)).toEqual([p('P3')]);
    for (const i of items) h.itemQuantity[i] = 0;
    const zero = nextBasketSplit(h, cutoff, 62).targets[2]!;
    expect([Array.from(zero.products), Array.from(zero.quantities)]).toEqual([[p('P1')], [7]]);
  });

  it('narrows with the horizon', () => {
    expect(nextBasketSplit(history, cutoff, 1).targets.map((t) => history.customerIds[t.customer])).toEqual(['EDGE']);
  });
});
