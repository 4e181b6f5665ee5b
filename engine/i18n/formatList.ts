import { cached } from './intlCache.js';
import { formattingLocale } from './formattingLocale.js';

/** Items joined as the language joins a list: ["A", "B"] → "A and B" / "A y B" (`Intl.ListFormat`). */
export function formatList(items: readonly string[], locale: string): string {
  const tag = formattingLocale(locale);
  return cached(`list|${tag}`, () => new Intl.ListFormat(tag, { type: 'conjunction' })).format(items);
}
