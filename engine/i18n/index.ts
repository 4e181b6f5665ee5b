// The public face of translation: the en/es message catalogue and Intl-based formatting.

// Locales and the catalogue
export { type Locale, LOCALES, DEFAULT_LOCALE } from './Locale.js';
export { resolveLocale } from './resolveLocale.js';
export { formattingLocale } from './formattingLocale.js';
export type { Message, MessageKey, MessageParams, Messages, PluralMessage } from './Messages.js';
export { messagesEn } from './messagesEn.js';
export { messagesEs } from './messagesEs.js';
export { catalogue } from './catalogue.js';
export { translate } from './translate.js';

// Formatting over Intl
export { formatNumber, type NumberDigits } from './formatNumber.js';
export { formatMoney, currencyDigits, roundMoney } from './formatMoney.js';
export { formatPercent, type PercentOptions } from './formatPercent.js';
export { formatDay, toTime, type DateInput, type DateStyle } from './formatDay.js';
export { formatAgo } from './formatAgo.js';
export { formatDuration, durationUnit, type DurationUnit } from './formatDuration.js';
export { formatList } from './formatList.js';
export { pluralCategory } from './pluralCategory.js';
