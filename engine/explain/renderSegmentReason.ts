import { formatAgo, formatDuration, translate } from '../i18n/index.js';
import type { SegmentReason } from './SegmentReason.js';

/**
 * Why a customer is in its segment, in the locale's words, spans in days, weeks or months:
 * `new` → "new customer: 2 orders so far, last order 10 days ago";
 * `one-time` → "one order only, 5 months ago: to reactivate";
 * `active` → "orders every ~5 weeks, last order 3 weeks ago";
 * `at-risk` → "…, later than usual"; `lapsed` → "…, far beyond its usual interval".
 */
export function renderSegmentReason(s: SegmentReason, locale: string): string {
  const last = translate(locale, 'segment.lastOrder', { ago: formatAgo(s.recencyDays, locale, { scale: true }) });
  if (s.segment === 'new') return [translate(locale, 'segment.ordersSoFar', { count: s.orders }), last].join(', ');
  if (s.segment === 'one-time') return translate(locale, 'segment.oneOrderOnly', { ago: formatAgo(s.recencyDays, locale, { scale: true }) });
  const parts: string[] = [];
  if (s.intervalDays !== null) parts.push(translate(locale, 'segment.every', { interval: formatDuration(s.intervalDays, locale) }));
  parts.push(last);
  if (s.segment === 'at-risk') parts.push(translate(locale, 'segment.late'));
  if (s.segment === 'lapsed') parts.push(translate(locale, 'segment.farLate'));
  return parts.join(', ');
}
