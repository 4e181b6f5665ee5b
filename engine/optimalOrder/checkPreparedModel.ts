import { EngineError } from '../EngineError.js';
import { PRICE_LEVELS } from '../pricing/index.js';
import { triangleLength } from '../models/extension/index.js';
import type { StoredPreparedModel } from './preparedModelCodec.js';

/**
 * Sane upper bounds of a prepared model's counts, far above any real org (the shared data has
 * 3,387 products, 3,314 customers, 500 modelled items and 28 ranker weights) and low enough that
 * nothing sized by them can ask for an absurd allocation: the account view sizes arrays by
 * products and by the item model's size squared.
 */
export const MODEL_BOUNDS = { products: 1_000_000, customers: 10_000_000, items: 5_000, features: 1_000 } as const;

const DEMANDS: readonly string[] = ['rising', 'falling', 'steady'];

type TypedConstructor = Float64ArrayConstructor | Float32ArrayConstructor | Int32ArrayConstructor;

/**
 * Checks a stored model's shape, as read and before its item matrices are unfolded, against its
 * own counts and `MODEL_BOUNDS`: every per-product array as long as the products, the item
 * model's triangles as long as `size` makes them and its EASE diagonal positive, the rankers'
 * weights finite and matching. Throws `EngineError` `MODEL_FORMAT` naming the field, so
 * a damaged or hostile file is refused before the engine reads out of bounds or allocates by it.
 */
export function checkPreparedModel(model: StoredPreparedModel, source: string): void {
  const c = new ModelChecker(source);
  const n = c.strings('productIds', model.productIds, undefined, MODEL_BOUNDS.products);
  c.strings('productNames', model.productNames, n);
  if (model.productRefs !== undefined) c.strings('productRefs', model.productRefs, n);
  c.count('customers', model.customers, MODEL_BOUNDS.customers);
  c.number('asOf', model.asOf);
  if (model.horizonDays !== undefined) c.count('horizonDays', model.horizonDays, 3660);
  const prior = (model as { basketSizePrior?: unknown }).basketSizePrior;
  if (prior !== undefined && prior !== null) c.number('basketSizePrior', prior);
  c.strings('demand', model.demand, n);
  model.demand.forEach((d, p) => DEMANDS.includes(d) || c.fail(`demand[${p}]`, `is ${JSON.stringify(d)}, not one of ${DEMANDS.join(', ')}`));
  c.typed('peerShares', model.peerShares, Float64Array, n);
  if (model.quantities !== undefined) for (const key of ['median', 'high', 'multiple'] as const) c.typed(`quantities.${key}`, model.quantities?.[key], Float64Array, n);
  for (const key of ['value', 'mad'] as const) c.typed(`prices.${key}`, model.prices?.[key], Float64Array, n * PRICE_LEVELS);
  c.typed('prices.orders', model.prices?.orders, Int32Array, n * PRICE_LEVELS);
  checkHabitual(c, model.habitual, n);
  checkExtension(c, model.extension, n);
}

function checkHabitual(c: ModelChecker, h: StoredPreparedModel['habitual'], n: number): void {
  if (typeof h !== 'object' || h === null) c.fail('habitual', 'is missing');
  c.ranker('habitual.ranker', h.ranker);
  for (const key of ['recentShare', 'trend', 'repeatRate'] as const) c.typed(`habitual.${key}`, h[key], Float64Array, n);
}

function checkExtension(c: ModelChecker, e: StoredPreparedModel['extension'], n: number): void {
  if (typeof e !== 'object' || e === null) c.fail('extension', 'is missing');
  c.ranker('extension.calibrator', e.calibrator);
  c.typed('extension.recentBuyers', e.recentBuyers, Float64Array, n);
  c.typed('extension.quantities', e.quantities, Float64Array, n);
  const items = e.items;
  if (typeof items !== 'object' || items === null) c.fail('extension.items', 'is missing');
  if ('ease' in items && !('easeUpper' in items)) c.fail('extension.items', 'holds whole matrices, as models prepared before 2026-12-01 did: prepare it again (optimal-order prepare)');
  const size = c.count('extension.items.size', items.size, Math.min(n, MODEL_BOUNDS.items));
  c.within('extension.items.products', c.typed('extension.items.products', items.products, Int32Array, size), 0, n - 1);
  c.within('extension.items.position', c.typed('extension.items.position', items.position, Int32Array, n), -1, size - 1);
  c.typed('extension.items.easeUpper', items.easeUpper, Float32Array, triangleLength(size, false));
  const pivots = c.typed('extension.items.easeDiagonal', items.easeDiagonal, Float64Array, size);
  pivots.forEach((d, i) => (d > 0 && d < Infinity) || c.fail(`extension.items.easeDiagonal[${i}]`, `is ${d}, not a positive number`));
  c.typed('extension.items.cosineUpper', items.cosineUpper, Float32Array, triangleLength(size, false));
  const together = c.typed('extension.items.togetherUpper', items.togetherUpper, Float32Array);
  const full = triangleLength(size, true);
  if (together.length !== 0 && together.length !== full) c.fail('extension.items.togetherUpper', `has ${together.length} entries, expected 0 or ${full}`);
  c.typed('extension.items.buyers', items.buyers, Float64Array, n);
}

/** Field checks that throw `MODEL_FORMAT` naming the field. */
class ModelChecker {
  constructor(private readonly source: string) {}

  fail(field: string, problem: string): never {
    throw new EngineError('MODEL_FORMAT', `${this.source}: ${field} ${problem}`);
  }

  /** A finite number. */
  number(field: string, v: unknown): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(field, `is ${JSON.stringify(v)}, not a finite number`);
    return v as number;
  }

  /** A whole number from 0 to `max`. */
  count(field: string, v: unknown, max: number): number {
    if (!Number.isSafeInteger(v) || (v as number) < 0 || (v as number) > max) this.fail(field, `is ${JSON.stringify(v)}, not a whole number from 0 to ${max}`);
    return v as number;
  }

  /** An array of strings, `length` long when given, at most `max`; returns its length. */
  strings(field: string, v: unknown, length?: number, max = Infinity): number {
    if (!Array.isArray(v)) return this.fail(field, 'is not an array');
    if (length !== undefined && v.length !== length) this.fail(field, `has ${v.length} entries, expected ${length}`);
    if (v.length > max) this.fail(field, `has ${v.length} entries, more than ${max}`);
    if (!v.every((s) => typeof s === 'string')) this.fail(field, 'holds something other than text');
    return v.length;
  }

  /** A typed array of the given type, `length` long when given. */
  typed<T extends TypedConstructor>(field: string, v: unknown, Type: T, length?: number): InstanceType<T> {
    if (!(v instanceof Type)) this.fail(field, `is not a ${Type.name}`);
    const a = v as InstanceType<T>;
    if (length !== undefined && a.length !== length) this.fail(field, `has ${a.length} entries, expected ${length}`);
    return a;
  }

  /** Every value of an integer array within [lo, hi]. */
  within(field: string, a: Int32Array, lo: number, hi: number): void {
    for (let i = 0; i < a.length; i++) if (a[i]! < lo || a[i]! > hi) this.fail(`${field}[${i}]`, `is ${a[i]}, outside ${lo}..${hi}`);
  }

  /** A logistic regression's state (or `null`): weights one longer than mean and scale, all finite. */
  ranker(field: string, v: unknown): void {
    if (v === null) return;
    const s = v as { weights?: unknown; mean?: unknown; scale?: unknown };
    const mean = this.typed(`${field}.mean`, s?.mean, Float64Array);
    if (mean.length > MODEL_BOUNDS.features) this.fail(`${field}.mean`, `has ${mean.length} features, more than ${MODEL_BOUNDS.features}`);
    const scale = this.typed(`${field}.scale`, s.scale, Float64Array, mean.length);
    const weights = this.typed(`${field}.weights`, s.weights, Float64Array, mean.length + 1);
    for (const [name, a] of [['weights', weights], ['mean', mean], ['scale', scale]] as const) {
      if (!a.every(Number.isFinite)) this.fail(`${field}.${name}`, 'holds a value that is not a finite number');
    }
  }
}
