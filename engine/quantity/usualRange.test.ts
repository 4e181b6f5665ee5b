import { describe, expect, it } from 'vitest';
import { usualRange } from './usualRange.js';

describe('usualRange', () => {
  it('spans 3 scaled MADs around the median when they are wider than half to twice the median', () => {
    // Median 20, absolute deviations 10, 0, 10, 20, 0: MAD 10, 3 × 1.4826 × 10 = 44.478.
    const r = usualRange([10, 20, 30, 40, 20])!;
    expect(r.median).toBe(20);
    expect(r.low).toBe(0);
    expect(r.high).toBeCloseTo(64.478, 10);
  });

  it('is never narrower than half to twice the median: always 12 gives 6 to 24', () => {
    expect(usualRange([12, 12, 12, 12])).toEqual({ median: 12, low: 6, high: 24 });
  });

  it('needs three quantities', () => {
    expect(usualRange([12, 24])).toBeNull();
  });
});
