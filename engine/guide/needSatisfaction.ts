import type { CompiledNeed } from './compileNeeds.js';

/**
 * How well product `p` meets a need, from 0 to 1. A category or yes/no: 1 if its value is one the
 * need accepts, else 0. A number within the bounds: 1; outside by d: 1 − d / tolerance while d is
 * under the tolerance (partial credit for a near miss), else 0. An attribute that is always better
 * one way (`better`) is never missed on its good side: a price under a "from 2 to 5" band meets it.
 * Unknown (not stated): 0.
 */
export function satisfaction(need: CompiledNeed, p: number): number {
  const d = shortfall(need, p);
  if (d === 0) return 1;
  const t = need.tolerance;
  return d < t ? 1 - d / t : 0;
}

/** How far product `p` is outside a number need's bounds (0 inside); for other kinds 0 or Infinity; Infinity when unknown. */
export function shortfall(need: CompiledNeed, p: number): number {
  const codes = need.codes;
  if (codes !== null) {
    const code = codes[p]!;
    return code >= 0 && need.accepts[code] === 1 ? 0 : Infinity;
  }
  const x = need.numbers![p]!;
  if (x !== x) return Infinity;
  if (x < need.low && need.better >= 0) return need.low - x;
  if (x > need.high && need.better <= 0) return x - need.high;
  return 0;
}

/**
 * For an attribute always better one way, how much better than the need asks product `p` is, from
 * 0 (at the bound) to 1 (the catalog's best value): among products that meet "under 3", the cheaper
 * earn a little more. 0 for other attributes, for misses and for unknown values.
 */
export function monotoneBonus(need: CompiledNeed, p: number): number {
  const { column, better } = need;
  if (column.kind !== 'number' || better === 0 || shortfall(need, p) !== 0) return 0;
  const x = column.values[p]!;
  const bound = better < 0 ? Math.min(need.high, column.max) : Math.max(need.low, column.min);
  const best = better < 0 ? column.min : column.max;
  if (bound === best) return 0;
  return Math.min(1, Math.max(0, (bound - x) / (bound - best)));
}
