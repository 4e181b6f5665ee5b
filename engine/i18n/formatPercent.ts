import { cached } from './intlCache.js';
import { formattingLocale } from './formattingLocale.js';

/** Options of `formatPercent`. */
export interface PercentOptions {
  /** Show the sign of a change: "+5%" and "-5%" (never "+0%"). */
  signed?: boolean;
  /** At most this many decimals (default 1: "12.5%"). */
  maxDigits?: number;
}

/**
 * A fraction as a percentage in the locale's way, as `Intl` takes it: `0.05` → "5%" (en), "5 %" (es).
 * Rules and promotions hold percent points (`discountPercent: 5`): divide by 100 first.
 */
export function formatPercent(fraction: number, locale: string, { signed = false, maxDigits = 1 }: PercentOptions = {}): string {
  const tag = formattingLocale(locale);
  return cached(`p|${tag}|${signed}|${maxDigits}`, () =>
    new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: maxDigits, signDisplay: signed ? 'exceptZero' : 'auto' }),
  ).format(fraction);
}
