import type { Model } from '../models/index.js';
import type { OrderHistory } from '../prep/index.js';
import { now } from './now.js';
import type { NextBasketSplit } from './nextBasketSplit.js';
import { ndcgAtK } from './ndcgAtK.js';
import { quantityWape, type QuantityHit } from './quantityWape.js';
import { recallAtK } from './recallAtK.js';
import { repeatExplore } from './repeatExplore.js';

/** One model's metrics on one split. Averages with no customer to average over are `NaN`. */
export interface EvaluationRow {
  model: string;
  k: number;
  /** Number of target customers; Recall and NDCG average over all of them. */
  customers: number;
  recall: number;
  ndcg: number;
  /** Recall@k on repeat items, averaged over the `repeatCustomers` whose target has some. */
  repeatRecall: number;
  repeatCustomers: number;
  /** Recall@k on explore items, averaged over the `exploreCustomers` whose target has some. */
  exploreRecall: number;
  exploreCustomers: number;
  /** Share of recommended products that are repeats, averaged over customers given any. */
  repeatShare: number;
  /** Quantity WAPE over the `hits` (recommended and bought items) of all customers. */
  quantityWape: number;
  hits: number;
  /** Time to fit, and to produce every target customer's recommendations, in ms. */
  fitMs: number;
  scoreMs: number;
}

/** Called with the number of target customers scored so far, about every 1% and at the end. */
export type EvaluationProgress = (done: number, total: number) => void;

/**
 * Fits `model` on `split.train` as of `split.cutoff`, asks each target customer's top `k`, and
 * scores them against the targets (see `recallAtK`, `ndcgAtK`, `repeatExplore`, `quantityWape`).
 */
export function evaluateModel(model: Model, split: NextBasketSplit, k: number, onProgress?: EvaluationProgress): EvaluationRow {
  const fitStart = now();
  const fitted = model.fit(split.train, split.cutoff);
  const fitMs = now() - fitStart;

  const total = split.targets.length;
  const step = Math.max(1, Math.ceil(total / 100));
  const sums = { recall: 0, ndcg: 0, repeat: 0, explore: 0, share: 0 };
  const counts = { repeat: 0, explore: 0, share: 0 };
  const hits: QuantityHit[] = [];
  let scoreMs = 0;
  split.targets.forEach((target, i) => {
    const start = now();
    const recommended = fitted.recommend(target.customer, k);
    scoreMs += now() - start;

    const ranked = recommended.slice(0, k).map((r) => r.product);
    sums.recall += recallAtK(ranked, target.products, k);
    sums.ndcg += ndcgAtK(ranked, target.products, k);
    const parts = repeatExplore(ranked, target.products, productsOf(split.train, target.customer), k);
    if (parts.repeatRecall !== null) (sums.repeat += parts.repeatRecall), counts.repeat++;
    if (parts.exploreRecall !== null) (sums.explore += parts.exploreRecall), counts.explore++;
    if (parts.repeatShare !== null) (sums.share += parts.repeatShare), counts.share++;

    const bought = new Map<number, number>();
    target.products.forEach((p, j) => bought.set(p, target.quantities[j]!));
    for (const r of recommended.slice(0, k)) {
      const actual = bought.get(r.product);
      if (actual === undefined) continue;
      hits.push({ predicted: r.quantity, actual });
      bought.delete(r.product); // a duplicated recommendation is one hit
    }
    if ((i + 1) % step === 0 || i + 1 === total) onProgress?.(i + 1, total);
  });

  return {
    model: model.name,
    k,
    customers: total,
    recall: sums.recall / total,
    ndcg: sums.ndcg / total,
    repeatRecall: sums.repeat / counts.repeat,
    repeatCustomers: counts.repeat,
    exploreRecall: sums.explore / counts.explore,
    exploreCustomers: counts.explore,
    repeatShare: sums.share / counts.share,
    quantityWape: quantityWape(hits),
    hits: hits.length,
    fitMs,
    scoreMs,
  };
}

function productsOf(history: OrderHistory, customer: number): Set<number> {
  const products = new Set<number>();
  const from = history.itemStart[history.basketStart[customer]!]!;
  const to = history.itemStart[history.basketStart[customer + 1]!]!;
  for (let i = from; i < to; i++) products.add(history.itemProduct[i]!);
  return products;
}
