import { EngineError } from '../EngineError.js';
import { catalogue } from './catalogue.js';
import { formatNumber } from './formatNumber.js';
import type { MessageKey, MessageParams, PluralMessage } from './Messages.js';
import { pluralCategory } from './pluralCategory.js';

/**
 * Message `key` in the locale's catalogue, its plural form chosen by `params.count` and its
 * `{name}` placeholders filled: numbers formatted for the locale ("1,234" / "1234"), strings as
 * given (the caller formats money, dates and percentages, and escapes for HTML where it outputs it).
 */
export function translate<K extends MessageKey>(locale: string, key: K, ...[params]: {} extends MessageParams<K> ? [MessageParams<K>?] : [MessageParams<K>]): string {
  const message: string | PluralMessage = catalogue(locale)[key];
  const values = (params ?? {}) as Record<string, string | number>;
  const text = typeof message === 'string' ? message : pluralForm(message, values.count, locale, key);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new EngineError('MISSING_PARAMETER', `message ${key}: no value for {${name}}`);
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

function pluralForm(message: PluralMessage, count: string | number | undefined, locale: string, key: string): string {
  if (typeof count !== 'number') throw new EngineError('MISSING_PARAMETER', `message ${key}: plural forms need a number {count}`);
  return message[pluralCategory(count, locale)] ?? message.other;
}
