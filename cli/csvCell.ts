/** First characters that make a spreadsheet read a text cell as a formula (OWASP CSV injection, ASVS 1.2.10, CWE-1236). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * One CSV cell as `--format csv` writes it. A text starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'`, which spreadsheets read as "text" and do not show, so a
 * product name or reason like `=HYPERLINK(…)` never runs when the file is opened. Numbers are
 * left as numbers: a negative number is a value, not a formula, and a `'` would turn it into
 * text. Ids are text, so an id `-12` comes out as `'-12`. `null` and `undefined` are empty.
 */
export function csvCell(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string' || value === '' || !FORMULA_START.has(value[0]!)) return value;
  return `'${value}`;
}
