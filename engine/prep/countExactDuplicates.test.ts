import { describe, expect, it } from 'vitest';
import { countExactDuplicates } from './countExactDuplicates.js';

const column = (values: number[]) => ({ get: (i: number) => values[i]! });

describe('countExactDuplicates', () => {
  it('counts lines equal to an earlier line of their basket in product, quantity, price and time', () => {
    // Basket 0: lines 0-4; basket 1: lines 5-6 (line 5 equals line 0, but in another basket).
    const lines = {
      basketStart: Int32Array.from([0, 5, 7]),
      grouped: Int32Array.from([0, 1, 2, 3, 4, 5, 6]),
      product: column([1, 1, 1, 1, 2, 1, 1]),
      quantity: column([2, 2, 3, 2, 2, 2, 2]),
      price: column([NaN, NaN, NaN, NaN, NaN, NaN, 1]),
      time: column([0, 0, 0, 0, 0, 0, 0]),
    };
    // Line 1 and line 3 repeat line 0 (unknown prices count as equal); line 2 differs in quantity.
    expect(countExactDuplicates(lines)).toBe(2);
    expect(countExactDuplicates({ ...lines, time: column([0, 1, 0, 2, 0, 0, 0]) })).toBe(0);
  });
});
