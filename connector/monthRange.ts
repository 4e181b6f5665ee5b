import { ConnectorError } from './ConnectorError.js';

/** `YYYY-MM` plus `n` months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/** Every month from `from` to `to`, both included, oldest first; a bad month names the filter, a range over `most` months is refused. */
export function monthRange(from: string, to: string, most = 24): string[] {
  for (const [name, m] of [['from', from], ['to', to]] as const) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(m)) throw new ConnectorError('INVALID_FILTER', `${name}: '${m}' is not a YYYY-MM month`, { field: name });
  }
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) {
    months.push(m);
    if (months.length > most) throw new ConnectorError('INVALID_FILTER', `from ${from} to ${to}: at most ${most} months at once`, { field: 'to' });
  }
  if (!months.length) throw new ConnectorError('INVALID_FILTER', `from ${from} is after to ${to}`, { field: 'from' });
  return months;
}

/** The UTC start of a `YYYY-MM` month, as a datetime to bind. */
export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}
