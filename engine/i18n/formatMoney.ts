import { cached } from './intlCache.js';
import { formattingLocale } from './formattingLocale.js';

/**
 * An amount of money in the locale's way, `currency` an ISO 4217 code: `1234.5, 'en', 'GBP'` →
 * "£1,234.50", `'es'` → "1234,50 GBP" (CLDR writes a foreign currency's code, not its sign, in Spanish).
 * `maxDigits` lets a unit price keep the fractions of a penny it really has (`1.785` → "£1.785"),
 * so that quantity × unit price is the line total shown.
 */
export function formatMoney(value: number, locale: string, currency: string, { maxDigits }: { maxDigits?: number } = {}): string {
  const tag = formattingLocale(locale);
  const digits = currencyDigits(currency);
  const max = Math.max(digits, maxDigits ?? digits);
  return cached(`m|${tag}|${currency}|${max}`, () => new Intl.NumberFormat(tag, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: max })).format(value);
}

/** Digits after the decimal point of `currency` (2 for GBP and EUR, 0 for JPY), from `Intl`. */
export function currencyDigits(currency: string): number {
  return cached(`d|${currency}`, () => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2);
}

/** `value` rounded to the smallest unit of `currency`, so that sums of lines add up to what is shown. */
export function roundMoney(value: number, currency: string): number {
  const f = 10 ** currencyDigits(currency);
  return Math.round(value * f) / f;
}
