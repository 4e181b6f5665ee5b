import { DEFAULT_LOCALE, LOCALES, type Locale } from './Locale.js';

/**
 * The catalogue language for a BCP 47 tag or a preference list (as `navigator.languages` gives it):
 * the first whose language is supported (`es-MX` → `es`, `EN_gb` → `en`), else `en`.
 */
export function resolveLocale(requested?: string | readonly string[] | null): Locale {
  const tags = typeof requested === 'string' ? [requested] : (requested ?? []);
  for (const tag of tags) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    const found = LOCALES.find((l) => l === language);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}
