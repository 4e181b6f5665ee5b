import { refuseDeepNesting, RuleError, RuleFields, showJson } from '../rules/index.js';
import type { Promotion } from './Promotion.js';

const KEYS = ['name', 'productIds', 'group', 'discountPercent', 'validFrom', 'validTo', 'segments', 'minQuantity'] as const;

/**
 * Validates promotions given as JSON (an array of `Promotion`) and returns them typed, or throws
 * the first mistake as a `RuleError` naming the promotion and field: wrong types, unknown keys,
 * neither or both of `productIds` and `group`, a discount outside (0, 100), dates that are not
 * real `YYYY-MM-DD` days or end before they start, unknown segments, a minimum quantity below 1,
 * duplicate names, JSON nested deeper than `MAX_JSON_DEPTH`. What it returns can be matched against any line without throwing.
 */
export function parsePromotions(json: unknown): Promotion[] {
  refuseDeepNesting(json, 'promotion');
  if (!Array.isArray(json)) throw new RuleError('WRONG_TYPE', 'promotions', '', `promotions must be an array, got ${showJson(json)}`, 'promotion');
  const names = new Set<string>();
  return json.map((value, i) => {
    const f = new RuleFields(value, `promotions[${i}]`, KEYS, 'promotion');
    const name = f.name();
    if (names.has(name)) f.fail('DUPLICATE_NAME', 'name', 'name is already used by another promotion');
    names.add(name);
    if (f.has('productIds') === f.has('group')) {
      f.fail(f.has('group') ? 'CONFLICT' : 'MISSING_FIELD', 'productIds', 'needs exactly one of productIds or group');
    }
    const target = f.has('group') ? { group: f.string('group') } : { productIds: f.list('productIds') };
    const promotion: Promotion = {
      name,
      ...target,
      discountPercent: f.number('discountPercent', { min: 0, minOpen: true, max: 100, maxOpen: true }),
      validFrom: f.date('validFrom'),
      validTo: f.date('validTo'),
    };
    if (promotion.validTo < promotion.validFrom) f.fail('CONFLICT', 'validTo', `validTo ${promotion.validTo} is before validFrom ${promotion.validFrom}`);
    if (f.has('segments')) promotion.segments = f.segments('segments');
    if (f.has('minQuantity')) promotion.minQuantity = f.number('minQuantity', { min: 1, integer: true });
    return promotion;
  });
}

