import { DAY_MS, sliceHistory, type OrderHistory } from '../../prep/index.js';
import { CandidateFeatures } from './CandidateFeatures.js';
import { FEATURE_COUNT, type HabitualSettings } from './HabitualSettings.js';

/** Feature rows with 0/1 labels, row-major. */
export interface TrainingSet {
  rows: Float64Array;
  labels: Uint8Array;
}

/**
 * Builds the ranker's training set from the history before `asOf` alone: at each earlier cut-off
 * t = asOf − j·step (j = 1..n), the candidates of every customer who ordered between t and asOf,
 * labelled by whether they are in that customer's first order after t. This mirrors the task
 * (predict the next order from the past) without looking at anything on or after `asOf`.
 */
export function trainingSet(history: OrderHistory, asOf: number, settings: HabitualSettings): TrainingSet {
  const past = sliceHistory(history, { before: asOf });
  const rows: number[] = [];
  const labels: number[] = [];
  for (let j = 1; j <= settings.trainingCutoffs; j++) {
    const cutoff = asOf - j * settings.trainingStepDays * DAY_MS;
    const features = new CandidateFeatures(sliceHistory(past, { before: cutoff }), cutoff, settings);
    const inTarget = new Uint8Array(past.productIds.length);
    for (let c = 0; c < past.customerIds.length; c++) {
      const target = firstBasketFrom(past, c, cutoff);
      if (target < 0) continue;
      const { products, features: f } = features.candidates(c);
      if (products.length === 0) continue;
      for (let i = past.itemStart[target]!; i < past.itemStart[target + 1]!; i++) inTarget[past.itemProduct[i]!] = 1;
      products.forEach((p, r) => {
        for (let k = 0; k < FEATURE_COUNT; k++) rows.push(f[r * FEATURE_COUNT + k]!);
        labels.push(inTarget[p]!);
      });
      for (let i = past.itemStart[target]!; i < past.itemStart[target + 1]!; i++) inTarget[past.itemProduct[i]!] = 0;
    }
  }
  return { rows: Float64Array.from(rows), labels: Uint8Array.from(labels) };
}

/** Index of customer c's first basket at or after `time`, or −1. */
function firstBasketFrom(h: OrderHistory, c: number, time: number): number {
  for (let b = h.basketStart[c]!; b < h.basketStart[c + 1]!; b++) if (h.basketTime[b]! >= time) return b;
  return -1;
}
