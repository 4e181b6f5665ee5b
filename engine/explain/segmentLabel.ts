import { translate } from '../i18n/index.js';
import type { Segment } from '../segments/index.js';

/** A segment's name in the locale: `at-risk` → "at-risk" / "en riesgo". */
export function segmentLabel(segment: Segment, locale: string): string {
  return translate(locale, `segment.${segment}`);
}
