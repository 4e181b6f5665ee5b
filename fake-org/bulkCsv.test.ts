import { describe, expect, it } from 'vitest';
import { csvRow, parseCsv } from './bulkCsv.js';

const LF = { columnDelimiter: 'COMMA', lineEnding: 'LF' } as const;

describe('bulkCsv: CSV as Bulk API 2.0 reads and writes it', () => {
  it('reads quoted values holding delimiters, quotes and line breaks; skips blank rows; keeps an empty last value', () => {
    expect(parseCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\n\n1,,\n', LF)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', ''],
    ]);
    expect(parseCsv('a,b\n1,', LF)).toEqual([['a', 'b'], ['1', '']]);
    expect(parseCsv('', LF)).toEqual([]);
  });

  it('splits rows on the job’s line ending only, and fields on its delimiter', () => {
    expect(parseCsv('a,b\r\n1,2\r\n', LF)).toEqual([['a', 'b\r'], ['1', '2\r']]);
    expect(parseCsv('a|b\r\n1|2\r\n', { columnDelimiter: 'PIPE', lineEnding: 'CRLF' })).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('a\tb\n1,5\t2\n', { columnDelimiter: 'TAB', lineEnding: 'LF' })).toEqual([['a', 'b'], ['1,5', '2']]);
  });

  it('refuses a quote left open or text after a closing quote (ClientInputError)', () => {
    expect(() => parseCsv('a\n"open\n', LF)).toThrow(/quoted value is not closed/);
    expect(() => parseCsv('a\n"x"y\n', LF)).toThrow(/unexpected character after a quoted value in row 2/);
  });

  it('writes every value quoted, quotes doubled, in the job’s dialect; what it writes reads back the same', () => {
    const row = ['x, y', 'say "hi"', 'two\r\nlines', ''];
    const dialect = { columnDelimiter: 'SEMICOLON', lineEnding: 'CRLF' } as const;
    expect(csvRow(row, dialect)).toBe('"x, y";"say ""hi""";"two\r\nlines";""\r\n');
    expect(parseCsv(csvRow(row, dialect) + csvRow(row, dialect), dialect)).toEqual([row, row]);
  });
});
