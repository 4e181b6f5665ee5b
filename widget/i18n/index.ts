// The widget's words, in English and Spanish.

export { translator, type Translate } from './translator.js';
export type { UiKey, UiMessage } from './uiMessagesEn.js';
export { parseLocaleNumber, formatInputNumber } from './parseLocaleNumber.js';
export { segmentLabel } from './segmentLabel.js';
export { impactTranslator, type ImpactKey } from './impactMessages.js';
