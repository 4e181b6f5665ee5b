import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder } from '../../prep/index.js';
import { basketSizes } from './basketSizes.js';
import { expectedBasketSize } from './expectedBasketSize.js';
import { f1OptimalCount } from './f1OptimalCount.js';
import { populationBasketSize } from './populationBasketSize.js';
import { usualBasketSize } from './usualBasketSize.js';

describe('basket sizes', () => {
  const b = new HistoryBuilder();
  const order = (customerId: string, orderId: string, day: number, productIds: string[]) =>
    productIds.forEach((productId) => b.add({ customerId, orderId, orderTime: day * DAY_MS, productId, quantity: 1, unitPrice: 1 }));
  order('A', 'a1', 1, ['P1', 'P2', 'P2']); // a product on two lines is one product
  order('A', 'a2', 2, ['P1', 'P2', 'P3', 'P4']);
  order('B', 'b1', 1, ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
  const h = b.build();
  const A = h.customerIndex.get('A')!;
  const B = h.customerIndex.get('B')!;

  it('counts the distinct products of each order, oldest first', () => {
    expect(basketSizes(h, A)).toEqual([2, 4]);
    expect(basketSizes(h, B)).toEqual([6]);
  });

  it('usual size: the median, rounded half up, at least 1', () => {
    expect(usualBasketSize([2, 4])).toBe(3);
    expect(usualBasketSize([2, 3])).toBe(3);
    expect(usualBasketSize([1, 9, 4])).toBe(4);
    expect(usualBasketSize([])).toBe(1);
  });

  it('population size: the mean of the customers\' means (A 3, B 6)', () => {
    expect(populationBasketSize(h)).toBe(4.5);
  });

  it('expected size: the mean with the population counted as one more order', () => {
    expect(expectedBasketSize([2, 4], 9)).toBe(5);
    expect(expectedBasketSize([30], 10)).toBe(20);
    expect(expectedBasketSize([], 10)).toBe(10);
    expect(expectedBasketSize([2, 4], NaN)).toBe(3);
    expect(expectedBasketSize([], NaN)).toBe(1);
  });
});

describe('f1OptimalCount', () => {
  /** The expected F1 of taking the first n: 2·(Σ p₁..pₙ + fixed) / (n + fixed lines + size). */
  const expectedF1 = (ps: number[], n: number, size: number, fixed = { lines: 0, probability: 0 }) =>
    (2 * (ps.slice(0, n).reduce((s, p) => s + p, 0) + fixed.probability)) / (n + fixed.lines + size);

  it('takes the lines worth more than half the F1 reached: [0.9, 0.8, 0.5, 0.3, 0.1] for 4 products → 4', () => {
    // n = 1..5: 1.8/5 = 0.36, 3.4/6 = 0.567, 4.4/7 = 0.629, 5.0/8 = 0.625, 5.2/9 = 0.578 → 3
    expect(f1OptimalCount([0.9, 0.8, 0.5, 0.3, 0.1], 4)).toBe(3);
  });

  it('matches a brute-force search on varied fixtures', () => {
    const fixtures: [number[], number][] = [
      [[0.6, 0.6, 0.6, 0.6, 0.05], 3],
      [[0.2, 0.19, 0.18, 0.17, 0.16, 0.15, 0.14, 0.13, 0.12, 0.11], 20],
      [[0.99, 0.01], 1],
      [[0.5, 0.5, 0.5, 0.5, 0.5, 0.5], 50],
    ];
    for (const [ps, size] of fixtures) {
      const brute = ps.map((_, i) => i + 1).reduce((best, n) => (expectedF1(ps, n, size) > expectedF1(ps, best, size) ? n : best), 1);
      expect(f1OptimalCount(ps, size)).toBe(brute);
    }
  });

  it('a larger usual basket warrants more lines', () => {
    const ps = [0.7, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.12, 0.1, 0.08];
    // size 2: 0.467, 0.6, 0.622 (3), 0.6 → 3 lines; size 20: 0.067 … 0.1867 (8), 0.1876 (9), 0.1867 (10) → 9.
    expect(f1OptimalCount(ps, 2)).toBe(3);
    expect(f1OptimalCount(ps, 20)).toBe(9);
  });

  it('counts the fixed lines (novelties) in the F1', () => {
    const ps = [0.5, 0.3, 0.2];
    // Without them: 1/3 = 0.333, 1.6/4 = 0.4, 2/5 = 0.4 → 2 (ties to the shorter).
    expect(f1OptimalCount(ps, 2)).toBe(2);
    // Two fixed lines of 0.9 each: (1.8 + …) / (2 + n + 2): 2.3·2/5 = 0.92, 2.6·2/6 = 0.867 → 1.
    expect(f1OptimalCount(ps, 2, { fixed: { lines: 2, probability: 1.8 } })).toBe(1);
  });

  it('takes candidates of equal probability all or none', () => {
    // Alone, 0.5 then 0.2 … : 1/3 = 0.333 (1), 1.4/4 = 0.35 (2), 1.8/5 = 0.36 (3), 2.2/6 = 0.367 (4), 2.6/7 = 0.371 (5): the five 0.2s all in.
    expect(f1OptimalCount([0.5, 0.2, 0.2, 0.2, 0.2], 2)).toBe(5);
    // A block that lowers F1 is left out whole: 3.6/4 = 0.9 (2) against 3.7/5 = 0.74 (3).
    expect(f1OptimalCount([0.9, 0.9, 0.05, 0.05, 0.05], 2)).toBe(2);
    // Where F1 is flat along a block (0.5 at every n here), the count is a block's end, never 2 or 3.
    expect(f1OptimalCount([0.5, 0.25, 0.25, 0.25], 1)).toBe(1);
    // The first block is always taken, however large.
    expect(f1OptimalCount([0.1, 0.1, 0.1], 1)).toBe(3);
  });

  it('honours the cap, keeps at least one line, and returns 0 without candidates', () => {
    expect(f1OptimalCount([0.9, 0.9, 0.9, 0.9], 10, { cap: 2 })).toBe(2);
    // Fixed lines worth more alone (0.9 with none, 0.724 with one): still one line.
    expect(f1OptimalCount([0.01], 2, { fixed: { lines: 2, probability: 1.8 } })).toBe(1);
    expect(f1OptimalCount([], 5)).toBe(0);
  });

  it('refuses unsorted probabilities and a non-positive size', () => {
    expect(() => f1OptimalCount([0.1, 0.5], 3)).toThrow(/sorted/);
    expect(() => f1OptimalCount([0.5], 0)).toThrow(/positive/);
  });
});
