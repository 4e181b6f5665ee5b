import { malformedQuery } from './malformedQuery.js';

const DAY = 86_400_000;

/**
 * The days a SOQL date literal covers, as a half-open range `[start, end)` of UTC days
 * (`YYYY-MM-DD`), read against `now` (ms): TODAY, YESTERDAY, TOMORROW, LAST_N_DAYS:n (today and
 * the n days before), NEXT_N_DAYS:n (the n days after today), N_DAYS_AGO:n, THIS/LAST/NEXT_MONTH,
 * THIS/LAST/NEXT_YEAR.
 */
export function dateLiteral(literal: string, now: number): { start: string; end: string } {
  const [name = '', nText] = literal.toUpperCase().split(':');
  const n = nText === undefined ? NaN : Number(nText);
  const today = Math.floor(now / DAY) * DAY;
  const d = new Date(today);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const days = (from: number, to: number) => ({ start: day(today + from * DAY), end: day(today + to * DAY) });
  const months = (from: number, to: number) => ({ start: day(Date.UTC(y, m + from, 1)), end: day(Date.UTC(y, m + to, 1)) });
  const years = (from: number, to: number) => ({ start: day(Date.UTC(y + from, 0, 1)), end: day(Date.UTC(y + to, 0, 1)) });
  const needsN = name.includes('_N_') || name === 'N_DAYS_AGO';
  if (needsN && !(Number.isInteger(n) && n >= 0)) throw malformedQuery(`invalid date literal: ${literal}`);
  switch (name) {
    case 'TODAY':
      return days(0, 1);
    case 'YESTERDAY':
      return days(-1, 0);
    case 'TOMORROW':
      return days(1, 2);
    case 'LAST_N_DAYS':
      return days(-n, 1);
    case 'NEXT_N_DAYS':
      return days(1, n + 1);
    case 'N_DAYS_AGO':
      return days(-n, -n + 1);
    case 'THIS_MONTH':
      return months(0, 1);
    case 'LAST_MONTH':
      return months(-1, 0);
    case 'NEXT_MONTH':
      return months(1, 2);
    case 'THIS_YEAR':
      return years(0, 1);
    case 'LAST_YEAR':
      return years(-1, 0);
    case 'NEXT_YEAR':
      return years(1, 2);
    default:
      throw malformedQuery(`date literal ${literal} is not supported by the fake org`);
  }
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
