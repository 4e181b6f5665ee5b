import { describe, expect, it } from 'vitest';
import { calibrationBuckets } from './calibrationBuckets.js';

describe('calibrationBuckets', () => {
  it('puts each prediction in the bucket of its probability and compares mean predicted with observed', () => {
    const buckets = calibrationBuckets(
      [
        { probability: 0.1, happened: false },
        { probability: 0.3, happened: true },
        { probability: 0.5, happened: true },
        { probability: 0.7, happened: false },
        { probability: 1, happened: true },
      ],
      [0, 0.5, 1],
    );
    expect(buckets).toEqual([
      { from: 0, to: 0.5, count: 2, predicted: 0.2, observed: 0.5 },
      { from: 0.5, to: 1, count: 3, predicted: expect.closeTo(2.2 / 3, 10), observed: 2 / 3 },
    ]);
  });

  it('reports an empty bucket as NaN, not zero', () => {
    const [low, high] = calibrationBuckets([{ probability: 0.9, happened: true }], [0, 0.5, 1]);
    expect(low!.count).toBe(0);
    expect(low!.observed).toBeNaN();
    expect(high).toMatchObject({ count: 1, observed: 1 });
  });
});
