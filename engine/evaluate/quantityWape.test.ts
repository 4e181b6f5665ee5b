import { describe, expect, it } from 'vitest';
import { quantityWape } from './quantityWape.js';

describe('quantityWape', () => {
  it('is Σ|q̂ − q| / Σq over all hits', () => {
    // |10 − 12| + |5 − 4| + |1 − 4| = 6; Σq = 20.
    const hits = [
      { predicted: 10, actual: 12 },
      { predicted: 5, actual: 4 },
      { predicted: 1, actual: 4 },
    ];
    expect(quantityWape(hits)).toBeCloseTo(0.3, 12);
  });

  it('weighs large orders more than a mean of percentages would', () => {
    // Per-hit errors 100% and 1%: the mean would be 50.5%; WAPE = (1 + 1) / (1 + 100).
    expect(quantityWape([{ predicted: 2, actual: 1 }, { predicted: 99, actual: 100 }])).toBeCloseTo(2 / 101, 12);
  });

  it('is 0 when exact and NaN without hits', () => {
    expect(quantityWape([{ predicted: 3, actual: 3 }])).toBe(0);
    expect(quantityWape([])).toBeNaN();
  });
});
