import type { PriceCondition, PriceRule } from './BusinessRules.js';
import { RuleFields } from './RuleFields.js';

const KINDS = ['raise', 'lower', 'min', 'max', 'minMargin'] as const;
const DEMANDS = ['rising', 'falling'] as const;
const LINE_KINDS = ['habitual', 'development', 'extension'] as const;

/** The fields each kind of price rule has. */
const KEYS: Record<PriceRule['kind'], readonly string[]> = {
  raise: ['name', 'kind', 'percent', 'when'],
  lower: ['name', 'kind', 'percent', 'when'],
  min: ['name', 'kind', 'value', 'when'],
  max: ['name', 'kind', 'value', 'when'],
  minMargin: ['name', 'kind', 'percentOfBase', 'when'],
};

/**
 * One price rule from JSON, or a `RuleError`. Ranges: `raise` up to +100 % (doubling a price is
 * already more than any rule should do unattended), `lower` under 100 % (a free product is a gift,
 * not a price), `min`/`max` above 0, `minMargin` a share of the base price in (0, 100].
 */
export function parsePriceRule(value: unknown, place: string): PriceRule {
  const f = new RuleFields(value, place, [...new Set(Object.values(KEYS).flat())]);
  const name = f.name();
  const kind = f.oneOf('kind', KINDS);
  const r = new RuleFields(value, name, KEYS[kind]);
  const when = r.has('when') ? { when: parseCondition(r.raw('when'), name) } : {};
  switch (kind) {
    case 'raise':
      return { name, kind, percent: r.number('percent', { min: 0, minOpen: true, max: 100 }), ...when };
    case 'lower':
      return { name, kind, percent: r.number('percent', { min: 0, minOpen: true, max: 100, maxOpen: true }), ...when };
    case 'min':
    case 'max':
      return { name, kind, value: r.number('value', { min: 0, minOpen: true }), ...when };
    case 'minMargin':
      return { name, kind, percentOfBase: r.number('percentOfBase', { min: 0, minOpen: true, max: 100 }), ...when };
  }
}

/** A rule's `when`: every given part is a non-empty list (or a demand), unknown keys refused. */
function parseCondition(value: unknown, rule: string): PriceCondition {
  const f = new RuleFields(value, rule, ['segments', 'productIds', 'demand', 'lineKinds'], 'rule', 'when.');
  const c: PriceCondition = {};
  if (f.has('segments')) c.segments = f.segments('segments');
  if (f.has('productIds')) c.productIds = f.list('productIds');
  if (f.has('demand')) c.demand = f.oneOf('demand', DEMANDS);
  if (f.has('lineKinds')) c.lineKinds = f.list('lineKinds', LINE_KINDS);
  return c;
}

/**
 * Whether two conditions can hold for the same line: false only when some part both give has no
 * value in common (different segments, products, demands or line kinds).
 */
export function conditionsOverlap(a: PriceCondition = {}, b: PriceCondition = {}): boolean {
  const disjoint = (x?: readonly string[], y?: readonly string[]) => !!x && !!y && !x.some((v) => y.includes(v));
  return !(
    disjoint(a.segments, b.segments) ||
    disjoint(a.productIds, b.productIds) ||
    disjoint(a.lineKinds, b.lineKinds) ||
    (a.demand !== undefined && b.demand !== undefined && a.demand !== b.demand)
  );
}
