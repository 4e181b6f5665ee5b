import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parseDecimal.js';

describe('parseDecimal', () => {
  it.each([
    ['12', 12], ['-3', -3], ['2.55', 2.55], ['0', 0], ['-0.5', -0.5], ['.5', 0.5], ['7.', 7], ['0017', 17], ['-11062.06', -11062.06],
  ])('reads the plain decimal %j', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['', ' ', ' 1', '1 ', '+1', '-', '.', '-.', '1.2.3', '1,5', '1e3', '1E3', '0x10', '0b1', 'Infinity', 'NaN', '1_000', '١'])(
    'rejects %j, which Number() might accept or read oddly',
    (text) => {
      expect(parseDecimal(text)).toBeNaN();
    },
  );
});
