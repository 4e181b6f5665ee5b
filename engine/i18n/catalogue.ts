import { cached } from './intlCache.js';
import type { Locale } from './Locale.js';
import type { Messages } from './Messages.js';
import { messagesEn } from './messagesEn.js';
import { messagesEs } from './messagesEs.js';
import { resolveLocale } from './resolveLocale.js';

const CATALOGUES: Record<Locale, Messages> = { en: messagesEn, es: messagesEs };

/** The message catalogue for a locale tag: `es-MX` → Spanish, anything unknown → English. */
export function catalogue(locale: string): Messages {
  return cached(`c|${locale}`, () => CATALOGUES[resolveLocale(locale)]);
}
