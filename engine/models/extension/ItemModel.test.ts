import { describe, expect, it } from 'vitest';
import { HistoryBuilder } from '../../prep/index.js';
import { fitItemModel } from './ItemModel.js';

/** Four customers: A bought by all four, B by two of them (always with A), C by one other. */
function history() {
  const b = new HistoryBuilder();
  const rows: [string, string[]][] = [['1', ['A', 'B']], ['2', ['A', 'B']], ['3', ['A']], ['4', ['A', 'C']], ['5', ['C']]];
  rows.forEach(([c, products], i) => products.forEach((p) => b.add({ customerId: c, orderId: `O${i}`, orderTime: i * 1000, productId: p, quantity: 1, unitPrice: 1 })));
  return b.build();
}

describe('fitItemModel', () => {
  it('keeps the most widely bought products, most first', () => {
    const h = history();
    const m = fitItemModel(h, { items: 2, lambda: 1, cosineShrink: 0 });
    expect(Array.from(m.products, (p) => h.productIds[p])).toEqual(['A', 'B']); // C (2 buyers) ties B and loses on index
    expect(m.position[h.productIndex.get('C')!]).toBe(-1);
    expect(Array.from(m.buyers)).toEqual([4, 2, 2]);
  });

  it('gives EASE’s closed form: with two items, B[a][b] = co-buyers / (buyers of a + λ)', () => {
    const m = fitItemModel(history(), { items: 2, lambda: 1, cosineShrink: 0 });
    // A: 4 buyers, B: 2, both: 2.
    expect(m.ease[0 * 2 + 1]).toBeCloseTo(2 / (4 + 1), 6);
    expect(m.ease[1 * 2 + 0]).toBeCloseTo(2 / (2 + 1), 6);
    expect(m.ease[0]).toBe(0);
    expect(m.cosine[0 * 2 + 1]).toBeCloseTo(2 / Math.sqrt(4 * 2), 6);
  });

  it('shrinks the cosine of rarely bought pairs', () => {
    const m = fitItemModel(history(), { items: 2, lambda: 1, cosineShrink: 2 });
    expect(m.cosine[1]).toBeCloseTo(2 / (Math.sqrt(8) + 2), 6);
  });
});
