import { describe, expect, it } from 'vitest';
import { usualMultiple } from './usualMultiple.js';

describe('usualMultiple', () => {
  it('finds the multiple every quantity is a whole number of', () => {
    expect(usualMultiple([12, 24, 36])).toBe(12);
    expect(usualMultiple([6, 12, 18])).toBe(6);
    expect(usualMultiple([24, 48])).toBe(24);
  });

  it('finds none in one quantity, a fractional one, or quantities with no common divisor', () => {
    expect(usualMultiple([12])).toBe(1);
    expect(usualMultiple([12, 2.5])).toBe(1);
    expect(usualMultiple([12, 24, 5])).toBe(1);
    expect(usualMultiple([])).toBe(1);
  });
});
