import { cached, cachedSmall } from './intlCache.js';
import { formattingLocale } from './formattingLocale.js';
import { durationUnit, type DurationUnit } from './formatDuration.js';

/**
 * How long ago, from a count of days, through `Intl.RelativeTimeFormat`: 0 → "today" / "hoy",
 * 64 → "64 days ago" / "hace 64 días". With `scale`, long spans in weeks or months ("9 weeks ago");
 * without, always days (the line reasons, whose English wording is fixed).
 */
export function formatAgo(days: number, locale: string, { scale = false }: { scale?: boolean } = {}): string {
  const tag = formattingLocale(locale);
  const { unit, count } = scale ? durationUnit(days) : { unit: 'day' as DurationUnit, count: days };
  // "auto" only for today, so that 1 day stays "1 day ago" and 1 week never becomes "last week".
  const numeric = count === 0 && unit === 'day' ? 'auto' : 'always';
  return cachedSmall(`ago|${tag}|${unit}`, count, (n) => cached(`r|${tag}|${numeric}`, () => new Intl.RelativeTimeFormat(tag, { numeric })).format(-n, unit));
}
