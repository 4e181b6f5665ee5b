import { describe, expect, it } from 'vitest';
import { ndcgAtK } from './ndcgAtK.js';

describe('ndcgAtK', () => {
  it('discounts hits by 1 / log2(rank + 1) and normalises over min(k, |target|) ranks', () => {
    // Target {3, 1, 7}; hits at ranks 2 and 4 of [5, 3, 9, 1].
    // k = 4: DCG = 1/log2(3) + 1/log2(5) = 0.630930 + 0.430677 = 1.061606;
    //        IDCG over 3 ranks = 1 + 0.630930 + 0.5 = 2.130930; NDCG = 0.498189.
    expect(ndcgAtK([5, 3, 9, 1], [3, 1, 7], 4)).toBeCloseTo(0.498189, 6);
    // k = 2: DCG = 0.630930; IDCG over 2 ranks = 1.630930; NDCG = 0.386853.
    expect(ndcgAtK([5, 3, 9, 1], [3, 1, 7], 2)).toBeCloseTo(0.386853, 6);
  });

  it('is 1 when the top k are all bought, even if the target is larger than k', () => {
    expect(ndcgAtK([1, 2], [1, 2, 3, 4, 5], 2)).toBe(1);
    expect(ndcgAtK([7, 3, 1], [3, 1, 7], 10)).toBe(1);
  });

  it('is 0 without a hit and ignores a repeated hit', () => {
    expect(ndcgAtK([8, 9], [1], 10)).toBe(0);
    // [1, 1] with target {1, 2}: DCG = 1 (rank 1 only); IDCG = 1 + 1/log2(3) = 1.630930.
    expect(ndcgAtK([1, 1], [1, 2], 2)).toBeCloseTo(1 / 1.63093, 5);
  });

  it('refuses an empty target and k < 1', () => {
    expect(() => ndcgAtK([1], [], 10)).toThrow(/empty/);
    expect(() => ndcgAtK([1], [1], 0)).toThrow(/k must be at least 1/);
  });
});
