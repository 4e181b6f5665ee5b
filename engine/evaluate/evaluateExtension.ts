import { DEFAULT_EXTENSION_SETTINGS, ExtensionFeatures, extensionModel, fitItemModel, type ExtensionSettings } from '../models/index.js';
import { lastPurchases } from '../prep/index.js';
import { calibrationBuckets, type CalibrationBucket } from './calibrationBuckets.js';
import type { NextBasketSplit } from './nextBasketSplit.js';

/** One way of suggesting never-bought products, judged on the split. */
export interface ExtensionRow {
  name: string;
  /** Share of suggestions that are in the customer's target order. */
  precision: number;
  /** Suggestions made (at most `n` per target customer). */
  suggestions: number;
  hits: number;
}

/** Range extension on a split: each way of suggesting, and the model's calibration. */
export interface ExtensionEvaluation {
  /** Suggestions per target customer. */
  n: number;
  rows: ExtensionRow[];
  /** The extension model's probabilities of its top `calibrationDepth` suggestions against what was ordered. */
  calibration: CalibrationBucket[];
  calibrationDepth: number;
}

/**
 * Range extension judged on the next-order split: each target customer gets `n` products it never
 * bought from each of: the most popular products (all time, and last 90 days: the baselines), the
 * item-kNN and EASE scores alone, and the extension model; precision is the share of those in its
 * target order. The model's calibration is read on its top 10 suggestions.
 */
export function evaluateExtension(split: NextBasketSplit, n = 3, settings: Partial<ExtensionSettings> = {}): ExtensionEvaluation {
  const s = { ...DEFAULT_EXTENSION_SETTINGS, horizonDays: split.horizonDays, ...settings };
  const past = split.train;
  const nProducts = past.productIds.length;
  const items = fitItemModel(past, s);
  const features = new ExtensionFeatures(past, split.cutoff, items, s);
  const model = extensionModel(s).fit(past, split.cutoff);

  const allBuyers = items.buyers;
  const recentBuyers = Float64Array.from({ length: nProducts }, (_, p) => features.recentBuyersOf(p));
  const byPopularity = (buyers: Float64Array) => Array.from({ length: nProducts }, (_, p) => p).filter((p) => buyers[p]! > 0).sort((a, b) => buyers[b]! - buyers[a]! || a - b);
  const popularAll = byPopularity(allBuyers);
  const popularRecent = byPopularity(recentBuyers);
  const firstNotOwned = (ranked: Iterable<number>, own: Map<number, number>) => {
    const out: number[] = [];
    for (const p of ranked) {
      if (out.length === n) break;
      if (!own.has(p)) out.push(p);
    }
    return out;
  };
  const byItemScore = (score: Float64Array, own: Map<number, number>) =>
    firstNotOwned(Array.from(score.keys()).filter((j) => score[j]! > 0).sort((a, b) => score[b]! - score[a]! || a - b).map((j) => items.products[j]!), own);

  const names = [`most popular (all time)`, `most popular (last ${s.popularityWindowDays} days)`, 'item-kNN (cosine)', 'EASE', 'extension model (EASE + calibrator)'];
  const totals = names.map(() => ({ suggestions: 0, hits: 0 }));
  const predictions: { probability: number; happened: boolean }[] = [];
  const calibrationDepth = 10;
  for (const target of split.targets) {
    const c = target.customer;
    const inTarget = new Set(target.products);
    const own = lastPurchases(past, c);
    const scores = features.scores(c);
    const suggested = model.recommend(c, calibrationDepth);
    for (const r of suggested) predictions.push({ probability: r.probability, happened: inTarget.has(r.product) });
    const lists = [
      firstNotOwned(popularAll, own),
      firstNotOwned(popularRecent, own),
      byItemScore(scores.cosine, own),
      byItemScore(scores.ease, own),
      suggested.slice(0, n).map((r) => r.product),
    ];
    lists.forEach((list, i) => {
      totals[i]!.suggestions += list.length;
      totals[i]!.hits += list.filter((p) => inTarget.has(p)).length;
    });
  }
  return {
    n,
    rows: names.map((name, i) => ({ name, ...totals[i]!, precision: totals[i]!.hits / totals[i]!.suggestions })),
    calibration: calibrationBuckets(predictions),
    calibrationDepth,
  };
}

