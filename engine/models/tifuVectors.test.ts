import { describe, expect, it } from 'vitest';
import { HistoryBuilder } from '../prep/index.js';
import { groupSizes, tifuVectors } from './tifuVectors.js';

describe('groupSizes (as the reference code cuts a history)', () => {
  it('gives one basket a group while there are fewer baskets than groups', () => {
    expect(groupSizes(2, 7)).toEqual([1, 1]);
  });
  it('cuts evenly when it can', () => {
    expect(groupSizes(14, 7)).toEqual([2, 2, 2, 2, 2, 2, 2]);
  });
  it('puts the extra baskets in the last groups', () => {
    expect(groupSizes(10, 3)).toEqual([3, 3, 4]);
    expect(groupSizes(11, 3)).toEqual([3, 4, 4]);
    expect(groupSizes(9, 7)).toEqual([1, 1, 1, 1, 1, 2, 2]);
  });
  it('always covers every basket', () => {
    for (let n = 1; n < 60; n++) for (const m of [1, 3, 7]) expect(groupSizes(n, m).reduce((a, b) => a + b, 0)).toBe(n);
  });
});

describe('tifuVectors', () => {
  it('decays baskets within and across groups and divides by the number of groups', () => {
    const b = new HistoryBuilder();
    const day = 86_400_000;
    // Customer "c": three baskets: {A}, {A, B}, {B}.
    [['A'], ['A', 'B'], ['B']].forEach((products, i) =>
      products.forEach((p) => b.add({ customerId: 'c', orderId: `o${i}`, orderTime: i * day, productId: p, quantity: 1, unitPrice: 1 })),
    );
    const h = b.build();
    // m = 2 groups: sizes [1, 2]; basket i weighs rb^(2 − i); group j weighs rg^(1 − j); / 2 groups.
    const v = tifuVectors(h, { groups: 2, withinDecay: 0.5, groupDecay: 0.1 });
    const A = h.productIndex.get('A')!;
    const B = h.productIndex.get('B')!;
    const value = (p: number) => {
      for (let i = v.rowStart[0]!; i < v.rowStart[1]!; i++) if (v.col[i] === p) return v.value[i]!;
      return 0;
    };
    // A: basket 0 (group 0: 0.1 · 0.25) + basket 1 (group 1: 1 · 0.5); B: basket 1 (0.5) + basket 2 (1).
    expect(value(A)).toBeCloseTo((0.1 * 0.25 + 0.5) / 2, 12);
    expect(value(B)).toBeCloseTo((0.5 + 1) / 2, 12);
  });
});
