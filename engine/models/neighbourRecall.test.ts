import { describe, expect, it } from 'vitest';
import { neighbourRecall } from './neighbourRecall.js';

describe('neighbourRecall', () => {
  it('pools the share of the exact neighbours found over every list', () => {
    const exact = [Int32Array.of(1, 2), Int32Array.of(0, 2, 3), new Int32Array(0)];
    const found = [Int32Array.of(2, 1), Int32Array.of(0, 4, 5), Int32Array.of(1)];
    expect(neighbourRecall(exact, found)).toBeCloseTo(3 / 5, 12);
    expect(neighbourRecall(exact, exact)).toBe(1);
    expect(neighbourRecall([new Int32Array(0)], [new Int32Array(0)])).toBe(1);
  });
});
