import type { BusinessRules, ClientRule } from './BusinessRules.js';
import { conditionsOverlap, parsePriceRule } from './parsePriceRule.js';
import { RuleError } from './RuleError.js';
import { RuleFields } from './RuleFields.js';
import { refuseDeepNesting } from './refuseDeepNesting.js';
import { showJson } from './showJson.js';

const SECTIONS = ['productPriorities', 'promotedProducts', 'mustSell', 'excludedProducts', 'clientRules', 'priceRules', 'novelty'] as const;
type Section = (typeof SECTIONS)[number];
const CLIENT_KINDS = ['new', 'active', 'win-back'] as const;

/**
 * A priority weight above 10 would bury every other line under one product; it is almost surely a
 * typo (10 for 1.0), so it is refused rather than obeyed.
 */
const MAX_PRIORITY_WEIGHT = 10;

/** Reads the entry of a section given as JSON at `place` (`clientRules[2]`). */
type Reader<T> = (value: unknown, place: string) => T;

/** A reader for entries with exactly `keys`, read field by field by `read`. */
const entry =
  <T>(keys: readonly string[], read: (f: RuleFields) => T): Reader<T> =>
  (value, place) =>
    read(new RuleFields(value, place, keys));

const READERS = {
  productPriorities: entry(['name', 'productId', 'weight'], (f) => ({
    name: f.name(),
    productId: f.string('productId'),
    weight: f.number('weight', { min: 0, minOpen: true, max: MAX_PRIORITY_WEIGHT }),
  })),
  promotedProducts: entry(['name', 'productIds'], (f) => ({ name: f.name(), productIds: f.list('productIds') })),
  mustSell: entry(['name', 'segment', 'productIds'], (f) => ({ name: f.name(), segment: f.segment('segment'), productIds: f.list('productIds') })),
  excludedProducts: entry(['name', 'productIds'], (f) => ({ name: f.name(), productIds: f.list('productIds') })),
  clientRules: entry(['name', 'appliesTo', 'discountPercent', 'maxNovelties', 'offer'], (f): ClientRule => {
    const rule: ClientRule = { name: f.name(), appliesTo: f.oneOf('appliesTo', CLIENT_KINDS) };
    if (f.has('discountPercent')) rule.discountPercent = f.number('discountPercent', { min: 0, max: 100, maxOpen: true });
    if (f.has('maxNovelties')) rule.maxNovelties = f.number('maxNovelties', { min: 0, integer: true });
    if (f.has('offer')) rule.offer = f.string('offer');
    return rule;
  }),
  // Price rules have fields by kind: parsePriceRule checks the keys itself.
  priceRules: parsePriceRule,
} satisfies Record<Exclude<Section, 'novelty'>, Reader<{ name: string }>>;

/**
 * Validates business rules given as JSON (see `BusinessRules`) and returns them typed, or throws
 * the first mistake as a `RuleError` naming the rule and field: wrong types, numbers out of range,
 * unknown keys (a misspelling must not be silently ignored), unknown segments, empty lists,
 * duplicate rule names (unique across the whole file: steps and messages name rules), two client
 * rules for the same kind of client, a product both excluded and must-sell, and a `min` above a
 * `max` where both can apply, JSON nested deeper than `MAX_JSON_DEPTH`. What it returns can be
 * applied to any data without throwing.
 */
export function parseRules(json: unknown): BusinessRules {
  refuseDeepNesting(json, 'rule');
  const top: RuleFields = new RuleFields(json, 'rules', SECTIONS);
  const rules: Record<string, unknown> = {};
  const names = new Map<string, string>();
  for (const key of SECTIONS) {
    if (!top.has(key)) continue;
    if (key === 'novelty') {
      rules.novelty = readNovelty(top.raw(key));
      continue;
    }
    const list = top.raw(key);
    if (!Array.isArray(list)) top.fail('WRONG_TYPE', key, `${key} must be an array of rules, got ${showJson(list)}`);
    rules[key] = list.map((value, i) => {
      const rule = READERS[key](value, `${key}[${i}]`);
      const previous = names.get(rule.name);
      if (previous) throw new RuleError('DUPLICATE_NAME', rule.name, 'name', `name is already used by ${previous}`);
      names.set(rule.name, `${key}[${i}]`);
      return rule;
    });
  }
  checkConflicts(rules as BusinessRules);
  return rules as BusinessRules;
}

/** No-overwhelming thresholds: all three given, a probability, a value ≥ 0 and a whole count. */
function readNovelty(value: unknown): NonNullable<BusinessRules['novelty']> {
  const f = new RuleFields(value, 'novelty', ['minProbability', 'minExpectedValue', 'maxPerProposal']);
  return {
    minProbability: f.number('minProbability', { min: 0, max: 1 }),
    minExpectedValue: f.number('minExpectedValue', { min: 0 }),
    maxPerProposal: f.number('maxPerProposal', { min: 0, integer: true }),
  };
}

/** Rules that are each valid but contradict one another. */
function checkConflicts(rules: BusinessRules): void {
  const kinds = new Map<string, string>();
  for (const r of rules.clientRules ?? []) {
    const other = kinds.get(r.appliesTo);
    if (other) throw new RuleError('CONFLICT', r.name, 'appliesTo', `rule "${other}" already applies to ${r.appliesTo} clients`);
    kinds.set(r.appliesTo, r.name);
  }
  const excluded = new Map((rules.excludedProducts ?? []).flatMap((r) => r.productIds.map((p) => [p, r.name] as const)));
  for (const r of rules.mustSell ?? []) {
    const p = r.productIds.find((id) => excluded.has(id));
    if (p !== undefined) throw new RuleError('CONFLICT', r.name, 'productIds', `product ${p} is excluded by rule "${excluded.get(p)}"`);
  }
  const prices = rules.priceRules ?? [];
  for (const min of prices) {
    if (min.kind !== 'min') continue;
    for (const max of prices) {
      if (max.kind === 'max' && min.value > max.value && conditionsOverlap(min.when, max.when)) {
        throw new RuleError('CONFLICT', min.name, 'value', `min ${min.value} is above max ${max.value} of rule "${max.name}" where both apply`);
      }
    }
  }
}
