// The public face of guided selling: a questionnaire's answers → ranked, explained products,
// the minimal relaxations when nothing fits, and the next question. Plain data in and out.

export type { Answers, GuideOption, GuideQuestion, LocalText, Need, Questionnaire } from './Questionnaire.js';
export { parseQuestionnaire } from './parseQuestionnaire.js';
export { parseAnswers, checkAnswers } from './parseAnswers.js';
export type { CodeColumn, GuideCatalog, NumberColumn } from './GuideCatalog.js';
export { compileCatalog } from './compileCatalog.js';
export { compileAnswers, compileOption, type CompiledNeed } from './compileNeeds.js';
export { satisfaction, shortfall, monotoneBonus } from './needSatisfaction.js';
export { scoreProducts, fitOf, type ProductScores } from './scoreProducts.js';
export { minimalRelaxations, type Relaxation } from './minimalRelaxations.js';
export { purchaseIndex, familiarity, SIMILAR_CUSTOMERS, OWN_SHARE, type Familiarity, type PurchaseIndex } from './familiarity.js';
export { explainProduct, localText, type ProductExplanation } from './explainProduct.js';
export { guideProducts, type GuidedProduct, type GuideOptions, type GuideResult } from './guideProducts.js';
export { GUIDE_SETTINGS } from './guideSettings.js';
export { simulatedAnswers } from './simulatedAnswers.js';
export { evaluateGuide, type GuideEvaluationRow } from './evaluateGuide.js';
export { questionnaireFromRecords, type AttributeRecord, type OptionRecord, type QuestionRecord } from './questionnaireFromRecords.js';
