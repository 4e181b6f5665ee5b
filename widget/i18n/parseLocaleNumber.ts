/**
 * A number as a person types it in `locale`: the locale's decimal and group separators, from
 * `Intl.NumberFormat(locale).formatToParts`, so "11,5" in Spanish is 11.5 and "1.234,5" is 1234.5,
 * while "1,234.5" is 1234.5 in English. A group separator counts only between groups of three
 * digits; a lone separator that cannot be one ("11.5" in Spanish) is taken as the decimal point
 * typed the other way. NaN for anything else (letters, two decimal points, an empty field), so the
 * field is flagged rather than read as another number.
 */
export function parseLocaleNumber(text: string, locale: string): number {
  const { decimal, group } = separators(locale);
  // Spaces (also a narrow or no-break space, the group separator of many locales) are never part of a number.
  let s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const spaceGroup = /^[\s\u00a0\u202f]$/.test(group);
  const sign = s.startsWith('-') || s.startsWith('\u2212') ? -1 : 1;
  if (sign < 0) s = s.slice(1);
  const parts = s.split(decimal);
  if (parts.length > 2) return NaN;
  let [whole = '', fraction] = parts;
  if (!spaceGroup && whole.includes(group)) {
    if (new RegExp(`^\\d{1,3}(${escape(group)}\\d{3})+$`).test(whole)) whole = whole.split(group).join('');
    else if (fraction === undefined && whole.split(group).length === 2) [whole, fraction] = whole.split(group) as [string, string];
    else return NaN;
  }
  if (!/^\d*$/.test(whole) || (fraction !== undefined && !/^\d+$/.test(fraction)) || whole + (fraction ?? '') === '') return NaN;
  return sign * Number(`${whole || '0'}.${fraction ?? '0'}`);
}

/** A number written for an input in `locale`: its decimal separator, no grouping, up to `maxDigits` decimals. */
export function formatInputNumber(value: number, locale: string, maxDigits = 2): string {
  if (!Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: maxDigits }).format(value);
}

function separators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  return { decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.', group: parts.find((p) => p.type === 'group')?.value ?? ',' };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
