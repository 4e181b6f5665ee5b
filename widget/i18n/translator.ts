import { uiMessagesEn, type UiKey } from './uiMessagesEn.js';
import { uiMessagesEs } from './uiMessagesEs.js';

/** Translates the widget's words: `t('line.remove', { product })`. */
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/**
 * The widget's words for a BCP 47 tag (the browser's or Salesforce's locale): Spanish for `es`
 * and its regional variants, English otherwise. `{name}` placeholders take the given values.
 */
export function translator(locale: string): Translate {
  const messages: Record<UiKey, string> = locale.toLowerCase().split('-')[0] === 'es' ? uiMessagesEs : uiMessagesEn;
  return (key, vars = {}) => messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
