import { cached } from './intlCache.js';
import { resolveLocale } from './resolveLocale.js';

/**
 * The tag `Intl` formats with: the requested one when `Intl` knows it and its language is in the
 * catalogue (so `en-GB` keeps British dates and `es-MX` Mexican numbers), else the catalogue
 * language itself, so that text and numbers never speak two languages.
 */
export function formattingLocale(requested: string): string {
  return cached(`l|${requested}`, () => resolve(requested));
}

function resolve(requested: string): string {
  const language = resolveLocale(requested);
  try {
    const [canonical] = Intl.getCanonicalLocales(requested.replace(/_/g, '-'));
    if (canonical && canonical.split('-')[0]!.toLowerCase() === language) {
      return Intl.NumberFormat.supportedLocalesOf([canonical])[0] ?? language;
    }
  } catch {
    // A malformed tag: fall through to the language.
  }
  return language;
}
