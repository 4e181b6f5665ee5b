import { FakeOrgError } from './FakeOrgError.js';

/** The column delimiters Bulk API 2.0 takes (`columnDelimiter`), by name. */
export const BULK_DELIMITERS = { BACKQUOTE: '`', CARET: '^', COMMA: ',', PIPE: '|', SEMICOLON: ';', TAB: '\t' } as const;

/** A `columnDelimiter` value. */
export type BulkDelimiter = keyof typeof BULK_DELIMITERS;

/** A `lineEnding` value: what ends a row of the job's CSV. */
export type BulkLineEnding = 'LF' | 'CRLF';

/** How a job's CSV is written: its delimiter and line ending. */
export interface CsvDialect {
  columnDelimiter: BulkDelimiter;
  lineEnding: BulkLineEnding;
}

/**
 * The rows of a job's CSV, as Bulk API 2.0 reads them: fields split on the job's delimiter,
 * rows on its line ending only (with `LF`, a `\r` before it stays in the last value, as Salesforce
 * keeps it), double quotes around a value that holds either or a quote (doubled inside). Blank
 * rows are skipped. A quote left open is `ClientInputError` (the job fails with it).
 */
export function parseCsv(text: string, dialect: CsvDialect): string[][] {
  const delimiter = BULK_DELIMITERS[dialect.columnDelimiter];
  const newline = dialect.lineEnding === 'CRLF' ? '\r\n' : '\n';
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    const [value, next] = readValue(text, i);
    row.push(value);
    if (text.startsWith(delimiter, next)) i = next + delimiter.length;
    else {
      if (next < text.length && !text.startsWith(newline, next)) throw new FakeOrgError('CLIENTINPUTERROR', `ClientInputError : unexpected character after a quoted value in row ${rows.length + 1}`, 400);
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      i = next + newline.length;
    }
  }
  // The text ended just after a delimiter: the row's last value is empty.
  if (row.length) rows.push([...row, '']);
  return rows;

  /** One value from `start`: quoted or not; gives it and where it ended. */
  function readValue(s: string, start: number): [string, number] {
    if (s[start] !== '"') {
      let end = start;
      while (end < s.length && !s.startsWith(delimiter, end) && !s.startsWith(newline, end)) end++;
      return [s.slice(start, end), end];
    }
    let out = '';
    for (let j = start + 1; j < s.length; j++) {
      if (s[j] !== '"') out += s[j];
      else if (s[j + 1] === '"') (out += '"'), j++;
      else return [out, j + 1];
    }
    throw new FakeOrgError('CLIENTINPUTERROR', `ClientInputError : a quoted value is not closed (from row ${rows.length + 1})`, 400);
  }
}

/** One CSV row in the job's dialect, every value quoted (as Salesforce writes results), ended by its line ending. */
export function csvRow(values: readonly string[], dialect: CsvDialect): string {
  const quoted = values.map((v) => `"${v.replace(/"/g, '""')}"`);
  return quoted.join(BULK_DELIMITERS[dialect.columnDelimiter]) + (dialect.lineEnding === 'CRLF' ? '\r\n' : '\n');
}
