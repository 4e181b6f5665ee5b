import { calibrationBuckets, type CalibrationBucket } from '../evaluate/index.js';
import { type OrderHistory, sliceHistory } from '../prep/index.js';
import { activityScorer, itemKnnScorer, type CampaignScorer } from './campaignBaselines.js';
import { campaignKind, type CampaignKind } from './campaignKind.js';
import { campaignOutcomes } from './campaignOutcomes.js';
import { campaignTargetProducts, PROTOCOL_TARGETS, type TargetChoice } from './campaignProducts.js';
import { productValue } from './productValues.js';
import { activities, scorePropensity, type PropensityModelState } from './propensityModel.js';
import { fitCampaignModels } from './rankCampaign.js';
import { variantsOf } from './propensityFeatures.js';
import { activeCustomers, campaignIndex, type CampaignIndex } from './CampaignIndex.js';
import type { PropensitySettings } from './PropensitySettings.js';
import { precisionAtK, rocAuc } from './rankingMetrics.js';

/** One method on one kind of campaign list, averaged over the target products. */
export interface CampaignEvaluationRow {
  kind: CampaignKind;
  method: string;
  /** Mean over products of the share of the top `k` (or of all candidates, if fewer) who bought. */
  precision: number;
  /** Mean ROC AUC over the products with both buyers and non-buyers among the candidates. */
  auc: number;
  /** Products ranked, candidate accounts and buyers among them, summed over products. */
  products: number;
  candidates: number;
  buyers: number;
}

/** Campaign lists judged on a cut-off: every method per kind, and the model's calibration. */
export interface CampaignEvaluation {
  cutoff: number;
  horizonDays: number;
  k: number;
  /** Target product ids. */
  products: string[];
  rows: CampaignEvaluationRow[];
  /** The cross-sell model's probabilities over every cross-sell candidate against what happened. */
  calibration: CalibrationBucket[];
  models: { crossSell: PropensityModelState; reactivation: PropensityModelState };
}

/**
 * The campaign protocol: models learnt on cut-offs before `cutoff` (from `history` before it only);
 * for each target product (`choice`, by default every 6th of the 60 best sellers of the last 90
 * days; for up-sell and reactivation, all 60, as those lists are short), the accounts of each kind are ranked by activity, item-kNN and the model, and a hit is an
 * account that buys the product in `[cutoff, cutoff + horizonDays)`. Cross-sell is every account
 * that never bought it (up-sell accounts included), as the shared data's protocol says.
 */
export function evaluateCampaigns(history: OrderHistory, cutoff: number, horizonDays: number, settings: Partial<PropensitySettings> = {}, k = 100, choice: TargetChoice = PROTOCOL_TARGETS): CampaignEvaluation {
  const past = sliceHistory(history, { before: cutoff });
  const s = { ...settings, horizonDays };
  const { crossSell, reactivation: lapsed } = fitCampaignModels(past, cutoff, s);
  const reactivation = lapsed!;
  const index = campaignIndex(past, cutoff);
  const activity = activities(index);
  const targets = campaignTargetProducts(past, cutoff, choice);
  // Up-sell and reactivation lists of the protocol's 10 products hold a few dozen accounts at most:
  // those kinds are judged over the whole pool (every best seller), cross-sell over the protocol's 10.
  const pool = campaignTargetProducts(past, cutoff, { ...choice, every: 1 });
  const outcomes = campaignOutcomes(history, pool, cutoff, horizonDays);
  const model = (state: PropensityModelState): CampaignScorer => (ix, p, cs) => scorePropensity(state, ix, p, cs, activity);
  const methods: [string, CampaignScorer, CampaignScorer][] = [
    ['activity (orders in the last 90 days)', activityScorer, activityScorer],
    ['item-kNN (Σ cosine to own products)', itemKnnScorer, itemKnnScorer],
    ['propensity model', model(crossSell), model(reactivation)],
  ];
  const rows: CampaignEvaluationRow[] = [];
  const predictions: { probability: number; happened: boolean }[] = [];
  const lists = kindLists(index, pool);
  for (const kind of ['cross-sell', 'up-sell', 'reactivation'] as const) {
    for (const [method, fresh, lapsed] of methods) {
      const judged = (kind === 'cross-sell' ? targets : pool).map((p) => ({ p, candidates: lists.get(p)![kind], outcome: outcomes.get(p)! }));
      const keep = kind === 'cross-sell' && method === 'propensity model' ? predictions : undefined;
      rows.push(methodRow(kind, method, kind === 'reactivation' ? lapsed : fresh, index, judged, k, keep));
    }
  }
  return { cutoff, horizonDays, k, products: targets.map((p) => past.productIds[p]!), rows, calibration: calibrationBuckets(predictions), models: { crossSell, reactivation } };
}

/** One method on one kind, averaged over the products with candidates; `keep` collects its (score, outcome) pairs. */
function methodRow(kind: CampaignKind, method: string, scorer: CampaignScorer, index: CampaignIndex, judged: { p: number; candidates: number[]; outcome: Set<number> }[], k: number, keep?: { probability: number; happened: boolean }[]): CampaignEvaluationRow {
  const row: CampaignEvaluationRow = { kind, method, precision: 0, auc: 0, products: 0, candidates: 0, buyers: 0 };
  let aucs = 0;
  for (const { p, candidates, outcome } of judged) {
    if (candidates.length === 0) continue;
    const labels = candidates.map((c) => outcome.has(c));
    const scores = scorer(index, p, candidates);
    keep?.push(...Array.from(scores, (probability, i) => ({ probability, happened: labels[i]! })));
    const auc = rocAuc(scores, labels);
    row.products++;
    row.candidates += candidates.length;
    row.buyers += labels.filter(Boolean).length;
    row.precision += precisionAtK(scores, labels, Math.min(k, candidates.length));
    if (!Number.isNaN(auc)) {
      row.auc += auc;
      aucs++;
    }
  }
  return { ...row, precision: row.products ? row.precision / row.products : NaN, auc: aucs ? row.auc / aucs : NaN };
}

/** Per target product, the candidate accounts of each kind (cross-sell: all that never bought it). */
function kindLists(index: CampaignIndex, targets: number[]): Map<number, Record<CampaignKind, number[]>> {
  const active = activeCustomers(index);
  const out = new Map<number, Record<CampaignKind, number[]>>();
  for (const p of targets) {
    const variants = variantsOf(index, p);
    const prices = new Map<number, number | null>();
    const priceOf = (q: number) => (prices.has(q) ? prices.get(q)! : prices.set(q, productValue(index, q).price).get(q)!);
    const lists: Record<CampaignKind, number[]> = { 'cross-sell': [], 'up-sell': [], reactivation: [] };
    for (const c of active) {
      if (!index.own[c]!.has(p)) lists['cross-sell'].push(c);
      const kind = campaignKind(index, c, p, variants, priceOf)?.kind;
      if (kind === 'up-sell' || kind === 'reactivation') lists[kind].push(c);
    }
    out.set(p, lists);
  }
  return out;
}
