import { EngineError } from '../EngineError.js';
import { cached } from './intlCache.js';
import { formattingLocale } from './formattingLocale.js';

/** A date as the engine holds it: `YYYY-MM-DD`, epoch milliseconds, or a `Date`. Always read as UTC. */
export type DateInput = string | number | Date;

/** How long a date is written: "long" → "1 September 2011" (en-GB), "1 de septiembre de 2011" (es). */
export type DateStyle = 'short' | 'medium' | 'long';

/**
 * A calendar date in the locale's way, in UTC (the engine's dates are UTC days, so a rep west of
 * Greenwich never sees the day before): `'2011-09-01', 'en'` → "September 1, 2011".
 */
export function formatDay(date: DateInput, locale: string, style: DateStyle = 'long'): string {
  const tag = formattingLocale(locale);
  return cached(`t|${tag}|${style}`, () => new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone: 'UTC' })).format(toTime(date));
}

/** Epoch milliseconds of a date input; `YYYY-MM-DD` strictly, so "2011-9-1" is an error, not a guess. */
export function toTime(date: DateInput): number {
  const time = typeof date === 'number' ? date : date instanceof Date ? date.getTime() : parseDay(date);
  if (!Number.isFinite(time)) throw new EngineError('BAD_DATE', `not a date: ${String(date)}`);
  return time;
}

function parseDay(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return NaN;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(time).toISOString().startsWith(day) ? time : NaN;
}
