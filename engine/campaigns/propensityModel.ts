import { LogisticRegression, type LogisticRegressionState } from '../models/index.js';
import { boostedLogit, fitBoostedTrees, type BoostedTreesState } from './boostedTrees.js';
import { DAY_MS, type OrderHistory } from '../prep/index.js';
import { accountActivity, type AccountActivity } from './accountActivity.js';
import { campaignOutcomes } from './campaignOutcomes.js';
import { productsByRecentOrders } from './campaignProducts.js';
import { productAffinity } from './productAffinity.js';
import { PROPENSITY_FEATURE_COUNT, propensityFeatures } from './propensityFeatures.js';
import { activeCustomers, campaignIndex, RECENT_WINDOW_DAYS, type CampaignIndex } from './CampaignIndex.js';
import { DEFAULT_PROPENSITY_SETTINGS, type PropensitySettings } from './PropensitySettings.js';

/** A learnt propensity model as plain data (structured-cloneable: it crosses a worker boundary). */
export interface PropensityModelState {
  /** The as-of date it was learnt for, and the earlier cut-offs it learnt on (ms UTC). */
  asOf: number;
  cutoffs: number[];
  horizonDays: number;
  /** The learnt scorer: a logistic regression or boosted trees (`PropensitySettings.learner`). */
  regression?: LogisticRegressionState;
  trees?: BoostedTreesState;
  /** Training rows and responses, for the report. */
  rows: number;
  positives: number;
}

/** Which rows a model learns from and scores: accounts that never bought the product (cross-sell). */
export type RowFilter = (index: CampaignIndex, c: number, p: number) => boolean;

/** Cross-sell rows: the account never bought the product before the cut-off. */
export const neverBought: RowFilter = (index, c, p) => !index.own[c]!.has(p);

/** Every account's activity as of the index's date, by customer index. */
export function activities(index: CampaignIndex): AccountActivity[] {
  return index.own.map((_, c) => accountActivity(index, c));
}

/**
 * Learns the propensity to buy a product within the horizon, for the accounts `filter` admits, on
 * cut-offs BEFORE `asOf` (`asOf − k·horizon`, k = 1…trainingCutoffs): at each, the best sellers of its
 * last 90 days are the targets and the label is "bought it in the horizon after that cut-off", which
 * ends by `asOf`. Nothing on or after `asOf` is read, so the target period never trains the model; the
 * logistic regression's probabilities are calibrated on those earlier periods (maximum likelihood).
 */
export function fitPropensity(history: OrderHistory, asOf: number, settings: Partial<PropensitySettings> = {}, filter: RowFilter = neverBought): PropensityModelState {
  return fitPropensities(history, asOf, settings, [filter])[0]!;
}

/** One model per row filter (`fitPropensity`), sharing the indexes and item affinities of each cut-off. */
export function fitPropensities(history: OrderHistory, asOf: number, settings: Partial<PropensitySettings>, filters: readonly RowFilter[]): PropensityModelState[] {
  const s = { ...DEFAULT_PROPENSITY_SETTINGS, ...settings };
  const sets = filters.map(() => ({ chunks: [] as Float64Array[], labels: [] as number[] }));
  const cutoffs: number[] = [];
  for (let k = 1; k <= s.trainingCutoffs; k++) {
    const cutoff = asOf - (s.horizonDays + (k - 1) * (s.cutoffStepDays ?? s.horizonDays)) * DAY_MS;
    const index = campaignIndex(history, cutoff);
    const products = productsByRecentOrders(history, cutoff, RECENT_WINDOW_DAYS, s.trainingProducts);
    if (products.length === 0) break;
    cutoffs.push(cutoff);
    const outcomes = campaignOutcomes(history, products, cutoff, s.horizonDays);
    const activity = activities(index);
    const active = activeCustomers(index);
    for (const p of products) {
      const affinity = productAffinity(index, p);
      filters.forEach((filter, f) => {
        const rows = active.filter((c) => filter(index, c, p));
        sets[f]!.chunks.push(propensityFeatures(index, p, rows, activity, affinity));
        for (const c of rows) sets[f]!.labels.push(outcomes.get(p)!.has(c) ? 1 : 0);
      });
    }
  }
  return sets.map(({ chunks, labels }) => {
    const x = concat(chunks);
    const y = Uint8Array.from(labels);
    const learnt = s.learner === 'boosted' ? { trees: fitBoostedTrees(x, y, PROPENSITY_FEATURE_COUNT, s.boosting) } : { regression: LogisticRegression.fit(x, y, PROPENSITY_FEATURE_COUNT, { l2: s.l2 }).state() };
    return { asOf, cutoffs, horizonDays: s.horizonDays, ...learnt, rows: y.length, positives: labels.reduce((a, b) => a + b, 0) };
  });
}

/** The propensities of `customers` for product `p`: one probability each, in their order. */
export function scorePropensity(model: PropensityModelState, index: CampaignIndex, p: number, customers: readonly number[], activity: readonly AccountActivity[], affinity = productAffinity(index, p)): Float64Array {
  const rows = propensityFeatures(index, p, customers, activity, affinity);
  const d = PROPENSITY_FEATURE_COUNT;
  if (model.trees) {
    const trees = model.trees;
    return Float64Array.from(customers, (_, r) => 1 / (1 + Math.exp(-boostedLogit(trees, rows, r * d))));
  }
  const regression = LogisticRegression.fromState(model.regression!);
  return Float64Array.from(customers, (_, r) => regression.probability(rows, r * d));
}

function concat(chunks: Float64Array[]): Float64Array {
  const out = new Float64Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
