import { describe, expect, it } from 'vitest';
import { HistoryBuilder } from './HistoryBuilder.js';
import type { OrderHistory } from './OrderHistory.js';
import type { OrderLine } from './OrderLine.js';
import { parseDateTime } from './time.js';

function line(customerId: string, orderId: string, date: string, productId: string, quantity: number, unitPrice = 1, more: Partial<OrderLine> = {}): OrderLine {
  return { customerId, orderId, orderTime: parseDateTime(date), productId, quantity, unitPrice, ...more };
}

function build(lines: OrderLine[]): OrderHistory {
  const builder = new HistoryBuilder();
  for (const l of lines) builder.add(l);
  return builder.build();
}

/** A customer's baskets as `[orderId, [[productId, quantity, price], …]]`, in history order. */
function basketsOf(h: OrderHistory, customerId: string): [string, [string, number, number][]][] {
  const c = h.customerIndex.get(customerId)!;
  const out: [string, [string, number, number][]][] = [];
  for (let b = h.basketStart[c]!; b < h.basketStart[c + 1]!; b++) {
    const items: [string, number, number][] = [];
    for (let i = h.itemStart[b]!; i < h.itemStart[b + 1]!; i++) {
      items.push([h.productIds[h.itemProduct[i]!]!, h.itemQuantity[i]!, h.itemPrice[i]!]);
    }
    out.push([h.basketOrderId[b]!, items]);
  }
  return out;
}

describe('HistoryBuilder', () => {
  it('groups the lines of one (customer, order) into one basket', () => {
    const h = build([
      line('c1', 'o1', '2011-01-01', 'p1', 1),
      line('c1', 'o1', '2011-01-01', 'p2', 2),
      line('c2', 'o1', '2011-01-01', 'p1', 3), // the same order id for another customer is another basket
      line('c1', 'o2', '2011-01-02', 'p1', 4),
    ]);
    expect(h.customerIds).toEqual(['c1', 'c2']);
    expect(h.productIds).toEqual(['p1', 'p2']);
    expect(Array.from(h.basketStart)).toEqual([0, 2, 3]);
    expect(basketsOf(h, 'c1')).toEqual([
      ['o1', [['p1', 1, 1], ['p2', 2, 1]]],
      ['o2', [['p1', 4, 1]]],
    ]);
    expect(basketsOf(h, 'c2')).toEqual([['o1', [['p1', 3, 1]]]]);
    expect(Array.from(h.itemStart)).toEqual([0, 2, 3, 4]);
  });

  it('merges a product repeated within an order: quantities summed, price weighted by quantity', () => {
    const h = build([
      line('c1', 'o1', '2011-01-01', 'p1', 2, 1.0),
      line('c1', 'o1', '2011-01-01', 'p2', 1, 5.0),
      line('c1', 'o1', '2011-01-01', 'p1', 3, 2.0),
    ]);
    const [[, items]] = basketsOf(h, 'c1');
    expect(items).toHaveLength(2);
    expect(items[0]![0]).toBe('p1');
    expect(items[0]![1]).toBe(5);
    expect(items[0]![2]).toBeCloseTo((2 * 1 + 3 * 2) / 5, 12);
    expect(items[1]).toEqual(['p2', 1, 5]);
  });

  it('ignores unknown (NaN) prices in the weighted price, and keeps NaN when no price is known', () => {
    const h = build([
      line('c1', 'o1', '2011-01-01', 'p1', 2, NaN),
      line('c1', 'o1', '2011-01-01', 'p1', 3, 2.0),
      line('c1', 'o1', '2011-01-01', 'p2', 4, NaN),
    ]);
    const [[, items]] = basketsOf(h, 'c1');
    expect(items[0]).toEqual(['p1', 5, 2]);
    expect(items[1]![1]).toBe(4);
    expect(items[1]![2]).toBeNaN();
  });

  it("sorts each customer's baskets by time, then order id, whatever the input order", () => {
    const h = build([
      line('c1', 'o3', '2011-03-01', 'p1', 1),
      line('c1', 'o1', '2011-01-01', 'p1', 1),
      line('c2', 'o9', '2011-02-01', 'p1', 1),
      line('c1', 'o2b', '2011-02-01', 'p1', 1),
      line('c1', 'o2a', '2011-02-01', 'p1', 1),
    ]);
    expect(basketsOf(h, 'c1').map(([o]) => o)).toEqual(['o1', 'o2a', 'o2b', 'o3']);
    expect(Array.from(h.basketTime.subarray(0, 4))).toEqual(
      ['2011-01-01', '2011-02-01', '2011-02-01', '2011-03-01'].map(parseDateTime),
    );
    expect(basketsOf(h, 'c2').map(([o]) => o)).toEqual(['o9']);
  });

  it('dates an order by its earliest line', () => {
    const h = build([
      line('c1', 'o1', '2011-01-05 10:00', 'p1', 1),
      line('c1', 'o1', '2011-01-05 09:30', 'p2', 1),
      line('c1', 'o1', '2011-01-05 11:00', 'p3', 1),
    ]);
    expect(h.basketTime[0]).toBe(parseDateTime('2011-01-05 09:30'));
  });

  it('names a product by its most frequent spelling (trimmed, blanks ignored) and a customer by the first name given', () => {
    const h = build([
      line('c1', 'o1', '2011-01-01', 'p1', 1, 1, { productName: 'RED MUG' }),
      line('c1', 'o2', '2011-01-02', 'p1', 1, 1, { productName: ' RED  MUG ', customerName: 'Acme' }),
      line('c1', 'o3', '2011-01-03', 'p1', 1, 1, { productName: 'RED  MUG', customerName: 'Acme Ltd' }),
      line('c1', 'o4', '2011-01-04', 'p2', 1, 1, { productName: '  ' }),
    ]);
    expect(h.productNames).toEqual(['RED  MUG', '']);
    expect(h.customerNames).toEqual(['Acme']);
  });

  it('numbers customers and products in sorted id order, whatever order the lines come in', () => {
    const h = build([
      line('c9', 'o1', '2011-01-01', 'pB', 1),
      line('c10', 'o2', '2011-01-02', 'pA', 1),
      line('c1', 'o3', '2011-01-03', 'pC', 1),
    ]);
    expect(h.customerIds).toEqual(['c1', 'c10', 'c9']); // by code unit, not numerically
    expect(h.productIds).toEqual(['pA', 'pB', 'pC']);
    expect([...h.customerIndex]).toEqual(expect.arrayContaining([['c1', 0], ['c10', 1], ['c9', 2]]));
    expect(basketsOf(h, 'c9')).toEqual([['o1', [['pB', 1, 1]]]]);
  });

  it("keeps a prepared model's product numbers: known products as given, new ones after them, known names kept", () => {
    const builder = new HistoryBuilder({ ids: ['P9', 'P1', 'P5'], names: ['Nine', 'One', 'Five'] });
    for (const l of [line('C1', 'O1', '2011-01-03', 'P5', 1, 1, { productName: 'Five, new spelling' }), line('C1', 'O1', '2011-01-03', 'P0', 2), line('C1', 'O2', '2011-02-03', 'P7', 1), line('C1', 'O2', '2011-02-03', 'P1', 1)]) builder.add(l);
    const h = builder.build();
    expect(h.productIds).toEqual(['P9', 'P1', 'P5', 'P0', 'P7']);
    expect(h.productNames).toEqual(['Nine', 'One', 'Five, new spelling', '', '']);
    expect([...h.productIndex]).toEqual([['P9', 0], ['P1', 1], ['P5', 2], ['P0', 3], ['P7', 4]]);
    expect(basketsOf(h, 'C1')).toEqual([
      ['O1', [['P5', 1, 1], ['P0', 2, 1]]],
      ['O2', [['P7', 1, 1], ['P1', 1, 1]]],
    ]);
  });

  it('builds an empty history from no lines', () => {
    const h = build([]);
    expect(h.customerIds).toEqual([]);
    expect(Array.from(h.basketStart)).toEqual([0]);
    expect(Array.from(h.itemStart)).toEqual([0]);
    expect(h.itemProduct).toHaveLength(0);
  });

  it('counts the lines added', () => {
    const builder = new HistoryBuilder();
    builder.add(line('c1', 'o1', '2011-01-01', 'p1', 1));
    builder.add(line('c1', 'o1', '2011-01-01', 'p1', 1));
    expect(builder.lineCount).toBe(2);
  });
});
