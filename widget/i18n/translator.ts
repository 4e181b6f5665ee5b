import { uiMessagesEn, type UiKey, type UiMessage } from './uiMessagesEn.js';
import { uiMessagesEs } from './uiMessagesEs.js';

/** Translates the widget's words: `t('line.remove', { product })`, `t('total.lines', { count: 3 })`. */
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/**
 * The widget's words for a BCP 47 tag (the browser's or Salesforce's locale): Spanish for `es`
 * and its regional variants, English otherwise. `{name}` placeholders take the given values,
 * numbers written the locale's way (a key it does not know is given back as it is); a message with plural forms picks the one `Intl.PluralRules`
 * names for `count` ("1 line", "2 lines"), `other` when the language has no form of its own.
 */
export function translator(locale: string): Translate {
  const messages: Record<UiKey, UiMessage> = locale.toLowerCase().split('-')[0] === 'es' ? uiMessagesEs : uiMessagesEn;
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (key, vars = {}) => {
    const message = messages[key] as UiMessage | undefined;
    if (message === undefined) return key;
    const text = typeof message === 'string' ? message : (message[plural.select(Number(vars.count ?? 0)) as keyof typeof message] ?? message.other);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      return value === undefined ? whole : typeof value === 'number' ? number.format(value) : value;
    });
  };
}
