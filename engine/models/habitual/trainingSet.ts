import { DAY_MS, firstBasketFrom, markBasket, GrowableArray, sliceHistory, type OrderHistory } from '../../prep/index.js';
import { CandidateFeatures } from './CandidateFeatures.js';
import { FEATURE_COUNT, type HabitualSettings } from './HabitualSettings.js';

/** Feature rows with 0/1 labels and a weight each, row-major. */
export interface TrainingSet {
  rows: Float64Array;
  labels: Uint8Array;
  weights: Float64Array;
}

/**
 * Builds the ranker's training set from `past`, the history before `asOf` (the caller slices it): at each earlier cut-off
 * t = asOf − j·step (j = 1..n), the candidates of every customer who ordered between t and asOf,
 * labelled by whether they are in that customer's first order after t. This mirrors the task
 * (predict the next order from the past) without looking at anything on or after `asOf`.
 */
export function trainingSet(past: OrderHistory, asOf: number, settings: HabitualSettings): TrainingSet {
  // Sampling hashes the ids, not the indexes, so it does not depend on how the file numbered them.
  const customerHash = Int32Array.from(past.customerIds, stringHash);
  const productHash = Int32Array.from(past.productIds, stringHash);
  const rows = new GrowableArray(Float64Array, 1 << 16);
  const labels = new GrowableArray(Int32Array, 1 << 12);
  for (let j = 1; j <= settings.trainingCutoffs; j++) {
    const cutoff = asOf - j * settings.trainingStepDays * DAY_MS;
    const features = new CandidateFeatures(sliceHistory(past, { before: cutoff }), cutoff, settings);
    const inTarget = new Uint8Array(past.productIds.length);
    for (let c = 0; c < past.customerIds.length; c++) {
      const target = firstBasketFrom(past, c, cutoff);
      if (target < 0) continue;
      const { products, features: f } = features.candidates(c);
      if (products.length === 0) continue;
      markBasket(past, target, inTarget, 1);
      products.forEach((p, r) => {
        const positive = inTarget[p] === 1;
        if (!positive && !keepNegative(customerHash[c]!, productHash[p]!, j, settings.negativeSampling)) return;
        for (let k = r * FEATURE_COUNT; k < (r + 1) * FEATURE_COUNT; k++) rows.push(f[k]!);
        labels.push(positive ? 1 : 0);
      });
      markBasket(past, target, inTarget, 0);
    }
  }
  const labelArray = Uint8Array.from(labels.toArray());
  const weights = Float64Array.from(labelArray, (y) => (y ? 1 : 1 / settings.negativeSampling));
  return { rows: rows.toArray(), labels: labelArray, weights };
}


/** A deterministic pseudo-random choice of negatives (a hash of customer, product and cut-off). */
function keepNegative(customerHash: number, productHash: number, cutoff: number, share: number): boolean {
  if (share >= 1) return true;
  let h = Math.imul(customerHash, 0x9e3779b1) ^ Math.imul(productHash, 0x85ebca77) ^ Math.imul(cutoff + 1, 0xc2b2ae3d);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h ^= h >>> 13;
  return (h >>> 0) / 4294967296 < share;
}

/** FNV-1a hash of a string's UTF-16 code units. */
function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
