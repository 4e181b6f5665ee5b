import { describe, expect, it } from 'vitest';
import { orderScore } from './orderScore.js';

describe('orderScore', () => {
  it('scores a proposal as a set: 4 lines, 2 of the 3 ordered → P 1/2, R 2/3, F1 4/7', () => {
    const s = orderScore([1, 2, 3, 4], [2, 4, 5]);
    expect(s.precision).toBeCloseTo(0.5, 12);
    expect(s.recall).toBeCloseTo(2 / 3, 12);
    expect(s.f1).toBeCloseTo(4 / 7, 12);
  });

  it('counts a product proposed twice once, and a target product once', () => {
    expect(orderScore([2, 2, 9], [2, 2, 5])).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('is 0 without a hit, and for an empty proposal', () => {
    expect(orderScore([7, 8], [1])).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(orderScore([], [1])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('refuses an empty target', () => {
    expect(() => orderScore([1], [])).toThrow(/target order is empty/);
  });
});
