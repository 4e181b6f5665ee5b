import Papa from 'papaparse';

/**
 * Rows of a CSV text as Bulk API 2.0 writes it (RFC 4180: comma-separated, fields in double quotes
 * when they hold a comma, a quote, or a line break, a quote doubled inside), keyed by the header's
 * column names, read by papaparse (the project's CSV reader). Every value is text; an empty field is ''.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const { data } = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true });
  const [header, ...body] = data;
  if (!header) return [];
  return body.map((cells) => Object.fromEntries(header.map((name, c) => [name, cells[c] ?? ''])));
}
