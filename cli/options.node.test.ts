import { describe, expect, it } from 'vitest';
import { asOfFlag } from './options.js';
import { UsageError } from './UsageError.js';

describe('asOfFlag', () => {
  it('reads a date, and without one gives today at UTC midnight', () => {
    expect(asOfFlag('2011-12-09', 'prepare')).toBe(Date.UTC(2011, 11, 9));
    expect(asOfFlag(undefined, 'prepare', Date.UTC(2024, 2, 5, 23, 59, 30))).toBe(Date.UTC(2024, 2, 5));
  });

  it('refuses a date that is not YYYY-MM-DD, naming the flag', () => {
    expect(() => asOfFlag('9/12/2011', 'outcomes')).toThrow(UsageError);
    expect(() => asOfFlag('9/12/2011', 'outcomes')).toThrow(/--as-of must be a date as YYYY-MM-DD, got '9\/12\/2011'/);
  });
});
