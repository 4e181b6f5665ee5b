import { cached } from './intlCache.js';
import { formattingLocale } from './formattingLocale.js';

/** A unit a span of days is told in. */
export type DurationUnit = 'day' | 'week' | 'month';

/** Mean days in a month (365.25 / 12), for telling long spans in months. */
const MONTH_DAYS = 30.44;

/**
 * The unit a span reads best in: days under two weeks, weeks under four months (a rep thinks of a
 * 5-week rhythm, not a 35-day one), months beyond; the count is rounded in that unit.
 */
export function durationUnit(days: number): { unit: DurationUnit; count: number } {
  if (days < 14) return { unit: 'day', count: Math.round(days) };
  if (days < 120) return { unit: 'week', count: Math.round(days / 7) };
  return { unit: 'month', count: Math.round(days / MONTH_DAYS) };
}

/**
 * A span of days in words, in the unit `durationUnit` picks: 35 → "5 weeks" / "5 semanas", through
 * `Intl.NumberFormat`'s unit style (so the plural and the word come from CLDR, not from us).
 */
export function formatDuration(days: number, locale: string): string {
  const tag = formattingLocale(locale);
  const { unit, count } = durationUnit(days);
  return cached(`u|${tag}|${unit}`, () => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' })).format(count);
}
