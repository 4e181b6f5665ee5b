import { cached, cachedSmall } from './intlCache.js';
import { formattingLocale } from './formattingLocale.js';

/** Digits after the decimal point: exact (`{ digits: 2 }` → "2.10") or at most (`{ maxDigits: 1 }`). */
export interface NumberDigits {
  digits?: number;
  maxDigits?: number;
}

/** A number in the locale's way: `1234.5` → "1,234.5" (en), "1234,5" (es: no separator under 10 000). */
export function formatNumber(value: number, locale: string, { digits, maxDigits = 3 }: NumberDigits = {}): string {
  const tag = formattingLocale(locale);
  const min = digits ?? 0;
  const max = digits ?? Math.max(maxDigits, min);
  const key = `n|${tag}|${min}|${max}`;
  return cachedSmall(key, value, (v) => cached(key, () => new Intl.NumberFormat(tag, { minimumFractionDigits: min, maximumFractionDigits: max })).format(v));
}
