import { describe, expect, it } from 'vitest';
import { HistoryBuilder } from './HistoryBuilder.js';
import type { OrderHistory } from './OrderHistory.js';
import { sliceHistory } from './sliceHistory.js';
import { parseDateTime } from './time.js';

const t = parseDateTime;

/** c1 orders in January, February and March; c2 only in January; c3 only in March. */
function fixture(): OrderHistory {
  const builder = new HistoryBuilder();
  const add = (customerId: string, orderId: string, date: string, productId: string, quantity: number, unitPrice: number) =>
    builder.add({ customerId, orderId, orderTime: t(date), productId, quantity, unitPrice });
  add('c1', 'o1', '2011-01-10', 'p1', 1, 1.5);
  add('c1', 'o1', '2011-01-10', 'p2', 2, 2.5);
  add('c2', 'o2', '2011-01-20', 'p3', 3, 3.5);
  add('c1', 'o3', '2011-02-10', 'p3', 4, NaN);
  add('c1', 'o4', '2011-03-01', 'p2', 5, 5.5);
  add('c3', 'o5', '2011-03-15', 'p4', 6, 6.5);
  return builder.build();
}

/** Every basket as `customer:order[product×quantity@price…]`. */
function describeBaskets(h: OrderHistory): string[] {
  const out: string[] = [];
  for (let c = 0; c < h.customerIds.length; c++) {
    for (let b = h.basketStart[c]!; b < h.basketStart[c + 1]!; b++) {
      const items: string[] = [];
      for (let i = h.itemStart[b]!; i < h.itemStart[b + 1]!; i++) {
        items.push(`${h.productIds[h.itemProduct[i]!]}×${h.itemQuantity[i]}@${h.itemPrice[i]}`);
      }
      out.push(`${h.customerIds[c]}:${h.basketOrderId[b]}[${items.join(' ')}]`);
    }
  }
  return out;
}

describe('sliceHistory', () => {
  it('keeps the baskets in [from, before): from inclusive, before exclusive', () => {
    const h = fixture();
    const s = sliceHistory(h, { from: t('2011-01-20'), before: t('2011-03-01') });
    expect(describeBaskets(s)).toEqual(['c1:o3[p3×4@NaN]', 'c2:o2[p3×3@3.5]']);
    expect(Array.from(s.basketTime)).toEqual([t('2011-02-10'), t('2011-01-20')]);
  });

  it('keeps every customer and product index, with empty rows for customers left without baskets', () => {
    const h = fixture();
    const s = sliceHistory(h, { before: t('2011-02-01') });
    expect(s.customerIds).toEqual(h.customerIds);
    expect(s.productIds).toEqual(h.productIds);
    expect(s.customerIndex).toBe(h.customerIndex);
    expect(Array.from(s.basketStart)).toEqual([0, 1, 2, 2]); // c1, c2, c3 (empty)
    expect(describeBaskets(s)).toEqual(['c1:o1[p1×1@1.5 p2×2@2.5]', 'c2:o2[p3×3@3.5]']);
    expect(Array.from(s.itemProduct)).toEqual([h.productIndex.get('p1'), h.productIndex.get('p2'), h.productIndex.get('p3')]);
  });

  it('takes everything from `from` on when `before` is omitted', () => {
    const s = sliceHistory(fixture(), { from: t('2011-03-01') });
    expect(describeBaskets(s)).toEqual(['c1:o4[p2×5@5.5]', 'c3:o5[p4×6@6.5]']);
    expect(Array.from(s.itemStart)).toEqual([0, 1, 2]);
  });

  it('returns an equal history without bounds, and an empty one for an empty range', () => {
    const h = fixture();
    expect(describeBaskets(sliceHistory(h, {}))).toEqual(describeBaskets(h));
    const empty = sliceHistory(h, { from: t('2011-02-01'), before: t('2011-02-01') });
    expect(Array.from(empty.basketStart)).toEqual([0, 0, 0, 0]);
    expect(empty.itemProduct).toHaveLength(0);
  });
});
