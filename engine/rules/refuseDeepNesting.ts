import { deepValuePath, MAX_JSON_DEPTH } from './jsonNesting.js';
import { RuleError } from './RuleError.js';

/**
 * Throws `RuleError` `TOO_DEEP` when parsed rules or promotions nest deeper than `MAX_JSON_DEPTH`,
 * naming the rule by its place (`clientRules[1]`) and the field under it: a reader or a message
 * that walks such a value recursively would overflow the stack.
 */
export function refuseDeepNesting(json: unknown, label: 'rule' | 'promotion'): void {
  const found = deepValuePath(json);
  if (found === null) return;
  const path = found.startsWith('[') ? `${label === 'rule' ? 'rules' : 'promotions'}${found}` : found;
  const place = /^[^.[]*(\[\d+\])?/.exec(path)![0];
  const field = path.slice(place.length).replace(/^\./, '');
  throw new RuleError('TOO_DEEP', place, field, `${field || 'the value'} nests deeper than ${MAX_JSON_DEPTH} levels`, label);
}
