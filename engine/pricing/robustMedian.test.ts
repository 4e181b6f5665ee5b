import { describe, expect, it } from 'vitest';
import { robustMedian } from './robustMedian.js';

describe('robustMedian', () => {
  it('gives the median and MAD, even counts averaging the middle two', () => {
    expect(robustMedian([3, 1, 2])).toEqual({ median: 2, mad: 1, kept: 3 });
    expect(robustMedian([1, 2, 3, 4])).toEqual({ median: 2.5, mad: 1, kept: 4 });
    expect(robustMedian([])).toBeNull();
  });

  it('drops prices beyond 3 robust deviations, on both sides', () => {
    // median 2.1, MAD 0.05 → spread max(0.074, 0.21) = 0.21: 0.01 and 9.99 go, 2.5 stays.
    expect(robustMedian([2.1, 2.1, 2.05, 2.15, 2.5, 0.01, 9.99, 2.0, 2.1])).toMatchObject({ median: 2.1, kept: 7 });
  });

  it('keeps wholesale tiers when most orders pay one price (MAD 0)', () => {
    expect(robustMedian([2.95, 2.95, 2.95, 2.95, 2.55])).toEqual({ median: 2.95, mad: 0, kept: 5 });
  });
});
