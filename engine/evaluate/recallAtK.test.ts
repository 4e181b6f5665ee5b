import { describe, expect, it } from 'vitest';
import { EngineError } from '../EngineError.js';
import { hitsAtK, recallAtK } from './recallAtK.js';

describe('recallAtK', () => {
  it('is the share of the target found in the top k', () => {
    // Target {3, 1, 7}: the top 2 of [5, 3, 9, 1] hold 3; the top 4 hold 3 and 1.
    expect(recallAtK([5, 3, 9, 1], [3, 1, 7], 2)).toBeCloseTo(1 / 3, 12);
    expect(recallAtK([5, 3, 9, 1], [3, 1, 7], 4)).toBeCloseTo(2 / 3, 12);
    expect(recallAtK([5, 3, 9, 1], [3, 1, 7], 100)).toBeCloseTo(2 / 3, 12);
  });

  it('counts a product recommended twice once', () => {
    expect(recallAtK([3, 3, 1], [3, 7], 2)).toBe(0.5);
    expect(hitsAtK([3, 3, 3], new Set([3]), 3)).toBe(1);
  });

  it('is 0 for no recommendation and 1 for a perfect one', () => {
    expect(recallAtK([], [1, 2], 10)).toBe(0);
    expect(recallAtK([2, 1], [1, 2], 10)).toBe(1);
  });

  it('refuses an empty target and k < 1', () => {
    expect(() => recallAtK([1], [], 10)).toThrow(EngineError);
    expect(() => recallAtK([1], [], 10)).toThrow(/empty/);
    expect(() => recallAtK([1], [1], 0)).toThrow(/k must be at least 1/);
  });
});
