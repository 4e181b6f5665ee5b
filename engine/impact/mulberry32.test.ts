import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mulberry32.js';

describe('mulberry32', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const take = (seed: number) => Array.from({ length: 20 }, mulberry32(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    // Seeds are read as unsigned 32-bit integers.
    expect(take(-1)).toEqual(take(2 ** 32 - 1));
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const random = mulberry32(7);
    const values = Array.from({ length: 10_000 }, random);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const tenths = new Array<number>(10).fill(0);
    for (const v of values) tenths[Math.floor(v * 10)]!++;
    for (const n of tenths) expect(Math.abs(n - 1000)).toBeLessThan(100);
  });
});
