import { describe, expect, it } from 'vitest';
import { HistoryBuilder } from '../../prep/index.js';
import { fitItemModel } from './ItemModel.js';
import { readStoredItemModel, storeItemModel } from './StoredItemModel.js';

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

describe('storeItemModel / readStoredItemModel', () => {
  it('stores each matrix by its upper triangle and reads back the fitted model bit for bit', () => {
    const m = fitItemModel(history(), { items: 3, lambda: 1, cosineShrink: 1 });
    const stored = storeItemModel(m);
    expect(stored.easeUpper).toHaveLength(3);
    expect(stored.cosineUpper).toHaveLength(3);
    expect(stored.togetherUpper).toHaveLength(6);
    expect(Array.from(stored.togetherUpper)).toEqual([4, 2, 1, 2, 0, 2]); // A, B, C bought by 4, 2, 2; A with B 2, with C 1
    expect(readStoredItemModel(stored)).toEqual(m);
    expect(readStoredItemModel(storeItemModel({ ...m, together: new Float32Array(0) })).together).toHaveLength(0);
  });

  it("keeps EASE's P diagonal, from which its lower triangle follows its upper one", () => {
    const m = fitItemModel(history(), { items: 3, lambda: 1, cosineShrink: 0 });
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) expect(m.ease[j * 3 + i]).toBe(Math.fround(m.ease[i * 3 + j]! * (m.easeDiagonal[j]! / m.easeDiagonal[i]!)));
    }
    expect(m.easeDiagonal.every((d) => d > 0)).toBe(true);
  });
});
