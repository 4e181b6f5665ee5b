// The widget's words, in English and Spanish.

export { translator, type Translate } from './translator.js';
export type { UiKey } from './uiMessagesEn.js';
