import { translate } from '../i18n/index.js';

/** A section of the optimal order by its title in the locale: `extension` → "Range extension" / "Ampliación de gama". */
export function sectionLabel(kind: 'habitual' | 'development' | 'extension', locale: string): string {
  return translate(locale, `section.${kind}`);
}
