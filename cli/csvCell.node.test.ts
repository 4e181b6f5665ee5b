import { describe, expect, it } from 'vitest';
import { csvCell } from './csvCell.js';

describe('csvCell', () => {
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('prefixes text starting a formula with a quote: %j', (text) => {
    expect(csvCell(text)).toBe(`'${text}`);
  });

  it('leaves other text, numbers (negative ones too) and booleans alone, and empties null', () => {
    expect(csvCell('ordered in 4 of the last 6 orders')).toBe('ordered in 4 of the last 6 orders');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-3.5)).toBe(-3.5);
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});
