import type { Model } from '../models/index.js';
import { basketSizes, usualBasketSize } from '../models/index.js';
import { fitOptimalOrder, type OptimalOrderOptions } from '../optimalOrder/index.js';
import type { NextBasketSplit } from './nextBasketSplit.js';
import { orderScore } from './orderScore.js';

/** One method's proposals judged as whole orders, averaged over the split's target customers. */
export interface WholeOrderRow {
  name: string;
  precision: number;
  recall: number;
  f1: number;
  /** Mean number of lines proposed per target customer. */
  lines: number;
  customers: number;
}

/** How a method proposes a whole order: a customer index to its product indexes (a product the history does not know: a distinct negative number). */
type Proposer = (customer: number) => Iterable<number>;

/**
 * The whole-order table: per target customer, every line of the proposal (all sections) as a set
 * against that customer's next order (`orderScore`), averaged over the target customers. First the
 * engine's optimal order (`fitOptimalOrder` with `options`: no `k`, the order sized by the
 * engine), then each baseline cut at the customer's usual basket size (`usualBasketSize`).
 */
export function evaluateWholeOrders(split: NextBasketSplit, baselines: readonly Model[], options: OptimalOrderOptions = {}): WholeOrderRow[] {
  const engine = fitOptimalOrder(split.train, split.cutoff, options);
  const index = split.train.productIndex;
  const rows = [
    wholeOrderRow('Optimal Order (every section)', split, (c) => (engine.propose(c)?.items ?? []).map((l, i) => index.get(l.productId) ?? -1 - i)),
  ];
  for (const model of baselines) {
    const fitted = model.fit(split.train, split.cutoff);
    const sized = (c: number) => fitted.recommend(c, usualBasketSize(basketSizes(split.train, c))).map((r) => r.product);
    rows.push(wholeOrderRow(`${model.name}, usual basket size`, split, sized));
  }
  return rows;
}

function wholeOrderRow(name: string, split: NextBasketSplit, propose: Proposer): WholeOrderRow {
  const sums = { precision: 0, recall: 0, f1: 0, lines: 0 };
  for (const target of split.targets) {
    const proposed = new Set(propose(target.customer));
    const score = orderScore(proposed, target.products);
    sums.precision += score.precision;
    sums.recall += score.recall;
    sums.f1 += score.f1;
    sums.lines += proposed.size;
  }
  const n = split.targets.length;
  return { name, precision: sums.precision / n, recall: sums.recall / n, f1: sums.f1 / n, lines: sums.lines / n, customers: n };
}
