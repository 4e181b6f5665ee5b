import { FakeOrgError } from '../FakeOrgError.js';

/** A literal of a WHERE clause, ready to compare: a value, or a [start, end) range of ms for a date literal. */
export type Literal = { kind: 'value'; value: string | number | boolean | null } | { kind: 'range'; start: number; end: number };

const DAY = 86_400_000;

/** Reads one literal as the parser gives it (quoted strings still quoted and escaped), date literals against `now` (UTC). */
export function literal(raw: string, type: string, now: number): Literal {
  switch (type) {
    case 'STRING':
      return { kind: 'value', value: unquote(raw) };
    case 'INTEGER':
    case 'DECIMAL':
    case 'INTEGER_WITH_CURRENCY_PREFIX':
    case 'DECIMAL_WITH_CURRENCY_PREFIX':
      return { kind: 'value', value: Number(raw.replace(/^[A-Z]{3}/, '')) };
    case 'BOOLEAN':
      return { kind: 'value', value: raw.toLowerCase() === 'true' };
    case 'NULL':
      return { kind: 'value', value: null };
    case 'DATE':
      return { kind: 'range', start: Date.parse(raw + 'T00:00:00Z'), end: Date.parse(raw + 'T00:00:00Z') + DAY };
    case 'DATETIME':
      return { kind: 'value', value: Date.parse(raw) };
    case 'DATE_LITERAL':
    case 'DATE_N_LITERAL':
      return dateLiteral(raw, now);
    default:
      throw new FakeOrgError('MALFORMED_QUERY', `unsupported literal ${raw} (${type})`, 400);
  }
}

/** SOQL's string escapes undone: \' \" \\ \n \r \t \b \f, and \% \_ kept for LIKE. */
function unquote(raw: string): string {
  const inner = raw.replace(/^'|'$/g, '');
  return inner.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '%': '\\%', _: '\\_' })[c] ?? c);
}

function dateLiteral(raw: string, now: number): Literal {
  const today = Math.floor(now / DAY) * DAY;
  const [name, nText] = raw.toUpperCase().split(':');
  const n = Number(nText);
  const d = new Date(today);
  const monthStart = (offset: number) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1);
  switch (name) {
    case 'TODAY':
      return { kind: 'range', start: today, end: today + DAY };
    case 'YESTERDAY':
      return { kind: 'range', start: today - DAY, end: today };
    case 'TOMORROW':
      return { kind: 'range', start: today + DAY, end: today + 2 * DAY };
    case 'LAST_N_DAYS':
      return { kind: 'range', start: today - n * DAY, end: today + DAY };
    case 'NEXT_N_DAYS':
      return { kind: 'range', start: today, end: today + (n + 1) * DAY };
    case 'THIS_MONTH':
      return { kind: 'range', start: monthStart(0), end: monthStart(1) };
    case 'LAST_MONTH':
      return { kind: 'range', start: monthStart(-1), end: monthStart(0) };
    default:
      throw new FakeOrgError('MALFORMED_QUERY', `unsupported date literal ${raw}`, 400);
  }
}
