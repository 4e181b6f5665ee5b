import { describe, expect, it } from 'vitest';
import { formatInputNumber, parseLocaleNumber } from './parseLocaleNumber.js';

describe('parseLocaleNumber', () => {
  it('reads the Spanish decimal comma and group point: "11,5" is 11.5, never 115', () => {
    expect(parseLocaleNumber('11,5', 'es')).toBe(11.5);
    expect(parseLocaleNumber('1.234,5', 'es')).toBe(1234.5);
    expect(parseLocaleNumber('1.234', 'es')).toBe(1234);
    expect(parseLocaleNumber(' 7 ', 'es-ES')).toBe(7);
  });

  it('takes a lone point that cannot group thousands as the decimal point typed the other way', () => {
    expect(parseLocaleNumber('11.5', 'es')).toBe(11.5);
    expect(parseLocaleNumber('0.25', 'es')).toBe(0.25);
  });

  it('reads English the English way', () => {
    expect(parseLocaleNumber('11.5', 'en')).toBe(11.5);
    expect(parseLocaleNumber('1,234.5', 'en-GB')).toBe(1234.5);
    expect(parseLocaleNumber('.5', 'en')).toBe(0.5);
  });

  it('reads a locale that groups with a no-break space (French)', () => {
    expect(parseLocaleNumber('1\u202f234,5', 'fr')).toBe(1234.5);
    expect(parseLocaleNumber('12,75', 'fr')).toBe(12.75);
  });

  it('gives NaN for what is not a number, so the field is flagged rather than misread', () => {
    for (const text of ['', 'abc', '1,2,3', '12,5.3', '1.2.3,4', '3x', '1,23,4.5']) expect(parseLocaleNumber(text, text === '1,23,4.5' ? 'en' : 'es'), text).toBeNaN();
  });

  it('writes a number for an input with the locale’s decimal separator and no grouping, and reads it back', () => {
    expect(formatInputNumber(1234.5, 'es')).toBe('1234,5');
    expect(formatInputNumber(1234.5, 'en')).toBe('1234.5');
    for (const locale of ['es', 'en', 'fr', 'de']) expect(parseLocaleNumber(formatInputNumber(9876.54, locale), locale)).toBe(9876.54);
  });
});
