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
  const parts = compiled(text);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = values[parts[i]!];
    if (value === undefined) throw new EngineError('MISSING_PARAMETER', `message ${key}: no value for {${parts[i]}}`);
    out += (typeof value === 'number' ? formatNumber(value, locale) : value) + parts[i + 1]!;
  }
  return out;
}

/** Message texts split once into literal, name, literal, …: reasons are rendered by the ten thousand. */
const split = new Map<string, string[]>();

function compiled(text: string): string[] {
  let parts = split.get(text);
  if (!parts) split.set(text, (parts = text.split(/\{(\w+)\}/)));
  return parts;
}

function pluralForm(message: PluralMessage, count: string | number | undefined, locale: string, key: string): string {
  if (typeof count !== 'number') throw new EngineError('MISSING_PARAMETER', `message ${key}: plural forms need a number {count}`);
  return message[pluralCategory(count, locale)] ?? message.other;
}
