import { DAY_MS, evaluateCampaigns, formatDate, type CampaignEvaluation, type OrderHistory } from '../../engine/index.js';
import { formatTable } from '../formatTable.js';

/** The campaign protocol's targets on the shared data's dev split (its README): cross-sell lists must reach both. */
export const CAMPAIGN_TARGETS = { precision: 0.13, auc: 0.82 } as const;

/** `evaluate --campaigns`: the campaign lists on one cut-off as tables (shared with the benchmark). */
export function campaignEvaluationTable(history: OrderHistory, cutoff: number, horizonDays: number): string {
  return formatCampaignEvaluation(evaluateCampaigns(history, cutoff, horizonDays));
}

/** Precision@k and AUC per kind and method, the model's calibration, and what it learnt on. */
export function formatCampaignEvaluation(e: CampaignEvaluation): string {
  const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
  const title =
    `Campaign lists, cut-off ${formatDate(e.cutoff)}, buying within ${e.horizonDays} days (to ${formatDate(e.cutoff + e.horizonDays * DAY_MS)}); ` +
    `cross-sell over ${e.products.length} products (${e.products.join(', ')}), up-sell and reactivation over the 60-product pool`;
  const table = formatTable(
    ['kind', 'method', `precision@${e.k}`, 'AUC', 'products', 'accounts ranked', 'buyers'],
    e.rows.map((r) => [r.kind, r.method, f3(r.precision), f3(r.auc), r.products, r.candidates, r.buyers]),
  );
  const calibration = formatTable(
    ['predicted probability', 'accounts', 'mean predicted', 'observed'],
    e.calibration.map((b) => [`[${b.from.toFixed(2)}, ${b.to.toFixed(2)})`, b.count, b.count ? b.predicted.toFixed(3) : '-', b.count ? b.observed.toFixed(3) : '-']),
  );
  const model = e.rows.find((r) => r.kind === 'cross-sell' && r.method === 'propensity model');
  const verdict = model ? `\n\ncross-sell model: precision@${e.k} ${f3(model.precision)} (target ≥ ${CAMPAIGN_TARGETS.precision}), AUC ${f3(model.auc)} (target ≥ ${CAMPAIGN_TARGETS.auc})` : '';
  const m = e.models.crossSell;
  const learnt = `learnt on the cut-offs ${m.cutoffs.map(formatDate).join(', ')}: ${m.rows} account × product rows, ${m.positives} bought`;
  return `${title}\n\n${table}${verdict}\n\nCalibration of the cross-sell propensity (every ranked account of the ${e.products.length} products; ${learnt})\n\n${calibration}`;
}
