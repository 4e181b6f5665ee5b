import { cached, cachedSmall } from './intlCache.js';
import { formattingLocale } from './formattingLocale.js';

/** The CLDR plural category of `count` in the locale (`Intl.PluralRules`): 1 → "one", 2 → "other". */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  const tag = formattingLocale(locale);
  return cachedSmall(`pl|${tag}`, count, (n) => cached(`pl|${tag}`, () => new Intl.PluralRules(tag)).select(n)) as Intl.LDMLPluralRule;
}
