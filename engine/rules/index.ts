// The public face of business rules: their types, their validation, and the one error they throw.

export type { BusinessRules, ClientRule, PriceRule, PriceCondition } from './BusinessRules.js';
export { RuleError, type RuleErrorCode } from './RuleError.js';
export { parseRules } from './parseRules.js';
export { clientKindOf } from './clientKindOf.js';
export { conditionsOverlap } from './parsePriceRule.js';

// Field-by-field reading of admin-written JSON, shared with promotions.
export { RuleFields, type Range } from './RuleFields.js';

// Bounds on admin-written JSON: how deep it may nest, checked on its text or its parsed value.
export { MAX_JSON_DEPTH, findDeepNesting, deepValuePath, type DeepNesting } from './jsonNesting.js';
export { refuseDeepNesting } from './refuseDeepNesting.js';
export { showJson } from './showJson.js';
