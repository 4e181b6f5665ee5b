import { formatPercent, translate } from '../i18n/index.js';
import type { UpliftEstimate } from './estimateUplift.js';

/**
 * The uplift in plain words, in the locale: "+6.2% ± 3.1%: the difference is real", or "not yet
 * significant: about N more accounts needed" where N is how many more accounts (an account counts
 * once per period) would find a difference of the observed size 8 times in 10 (80 % power), from
 * the variance observed so far. Null (no comparison group) says how to get one.
 */
export function upliftVerdict(uplift: UpliftEstimate | null, locale: string): string {
  if (!uplift) return translate(locale, 'impact.noControl');
  const params = {
    uplift: formatPercent(uplift.estimate, locale, { signed: true }),
    margin: formatPercent(uplift.ci95[1] - uplift.estimate, locale),
  };
  if (uplift.significant) return translate(locale, uplift.estimate > 0 ? 'impact.real' : 'impact.realLess', params);
  if (uplift.moreNeeded === null) return translate(locale, 'impact.noDifference', params);
  return translate(locale, 'impact.notYet', { ...params, count: roundedCount(uplift.moreNeeded) });
}

/** "about N": two significant figures are all the variance supports (1,234 → 1,200). */
function roundedCount(n: number): number {
  if (n < 100) return n;
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / step) * step;
}
