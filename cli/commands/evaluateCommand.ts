import { parseArgs } from 'node:util';
import { DAY_MS, evaluateExtension, evaluateModel, evaluateProposals, evaluateWholeOrders, formatDate, nextBasketSplit, type EvaluationRow, type ExtensionEvaluation, type ProposalEvaluation, type WholeOrderRow } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { formatTable } from '../formatTable.js';
import { dateFlag, oneOf, positiveIntFlag, PRESETS, required } from '../options.js';
import { progress } from '../progress.js';
import { readOrders } from '../readOrders.js';
import { evaluationModels, wholeOrderBaselines } from '../evaluationModels.js';
import { guideEvaluationTable } from '../guideEvaluation.js';
import { campaignEvaluationTable } from './campaignEvaluation.js';

/** The flags of `evaluate` (each documented in `HELP.evaluate`). */
export const EVALUATE_OPTIONS = {
  orders: { type: 'string' },
  preset: { type: 'string' },
  cutoff: { type: 'string' },
  horizon: { type: 'string' },
  k: { type: 'string' },
  guide: { type: 'string' },
  campaigns: { type: 'boolean' },
} as const;

/** `optimal-order evaluate`: the engine and every baseline on one next-order split, as a table. */
export async function evaluateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: EVALUATE_OPTIONS,
    strict: true,
  });
  const ordersPath = required(values, 'orders', 'evaluate');
  const cutoff = dateFlag(required(values, 'cutoff', 'evaluate'), 'cutoff', 'evaluate');
  const horizon = positiveIntFlag(required(values, 'horizon', 'evaluate'), 62, 'horizon', 'evaluate');
  const preset = oneOf(values.preset, PRESETS, 'canonical', 'preset', 'evaluate');
  const k = positiveIntFlag(values.k, 10, 'k', 'evaluate');

  const history = await readOrders(ordersPath, preset, io.stderr);
  if (values.campaigns) {
    io.stdout.write(campaignEvaluationTable(history, cutoff, horizon) + '\n');
    return 0;
  }
  if (values.guide !== undefined) {
    io.stdout.write((await guideEvaluationTable(history, values.guide, cutoff, horizon, k)) + '\n');
    return 0;
  }
  io.stdout.write(evaluationTable(history, cutoff, horizon, k, io.stderr) + "\n");
  return 0;
}

/** Runs every model on the split and formats the table (shared with the benchmark). */
export function evaluationTable(
  history: Parameters<typeof nextBasketSplit>[0],
  cutoff: number,
  horizonDays: number,
  k: number,
  stderr: NodeJS.WriteStream,
): string {
  const split = nextBasketSplit(history, cutoff, horizonDays);
  const rows: EvaluationRow[] = [];
  for (const model of evaluationModels()) {
    rows.push(evaluateModel(model, split, k, progress(stderr, model.name)));
  }
  const targets = split.targets.length;
  const items = split.targets.reduce((s, t) => s + t.products.length, 0);
  const title =
    `Next order in [${formatDate(cutoff)}, ${formatDate(cutoff + horizonDays * DAY_MS)}): ` +
    `${targets} customers, ${(items / Math.max(1, targets)).toFixed(1)} products per order, k=${k}`;
  stderr.write('range extension…\n');
  const extension = evaluateExtension(split);
  stderr.write('full optimal orders…\n');
  const proposals = evaluateProposals(split);
  stderr.write('whole orders…\n');
  const whole = evaluateWholeOrders(split, wholeOrderBaselines());
  return `${title}\n\n${formatEvaluation(rows, k)}\n\n${formatExtension(extension)}\n\n${formatProposals(proposals)}\n\n${formatWholeOrders(whole)}`;
}

/** The whole-order table: each proposal as a set against the next order, averaged over the target customers. */
export function formatWholeOrders(rows: WholeOrderRow[]): string {
  const table = formatTable(
    ['whole order', 'precision', 'recall', 'F1', 'lines per order'],
    rows.map((r) => [r.name, r.precision.toFixed(3), r.recall.toFixed(3), r.f1.toFixed(3), r.lines.toFixed(1)]),
  );
  const [engine, ...baselines] = rows;
  const best = baselines.reduce<WholeOrderRow | undefined>((b, r) => (b && b.f1 >= r.f1 ? b : r), undefined);
  const ratio = engine && best && best.f1 > 0 ? `\n\nengine F1 / best sized baseline (${best.name}): ${(engine.f1 / best.f1).toFixed(2)}× (issue 12 target ≥ 1.15×)` : '';
  return `Whole orders: every proposed line against the next order's products, per target customer, averaged\n\n${table}${ratio}`;
}

/** The range-extension comparison and the model's calibration, as two tables. */
export function formatExtension(e: ExtensionEvaluation): string {
  const precision = formatTable(
    ['never-bought suggestions', `precision@${e.n}`, 'hits', 'suggestions'],
    e.rows.map((r) => [r.name, r.precision.toFixed(4), r.hits, r.suggestions]),
  );
  const calibration = formatTable(
    ['predicted probability', 'suggestions', 'mean predicted', 'observed'],
    e.calibration.map((b) => [`[${b.from.toFixed(2)}, ${b.to.toFixed(2)})`, b.count, b.count ? b.predicted.toFixed(3) : '-', b.count ? b.observed.toFixed(3) : '-']),
  );
  return `Range extension: ${e.n} never-bought products per target customer\n\n${precision}\n\nCalibration of the extension model (its top ${e.calibrationDepth} per target customer)\n\n${calibration}`;
}

/** The full optimal orders: share with a novelty, and each section's hit rate. */
export function formatProposals(p: ProposalEvaluation): string {
  const share = p.proposals ? ((100 * p.withNovelty) / p.proposals).toFixed(1) : 'n/a';
  const table = formatTable(
    ['section', 'lines shown to target customers', 'in the next order', 'hit rate'],
    Object.entries(p.sections).map(([kind, s]) => [kind, s.lines, s.hits, s.lines ? (s.hits / s.lines).toFixed(3) : 'n/a']),
  );
  return `Full optimal orders (default rules): ${p.withNovelty} of ${p.proposals} proposals (${share} %) hold a novelty\n\n${table}`;
}

/** The evaluation rows as a table. */
export function formatEvaluation(rows: EvaluationRow[], k: number): string {
  const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
  return formatTable(
    ['model', `Recall@${k}`, `NDCG@${k}`, 'repeat recall', 'explore recall', 'repeat share', 'qty WAPE', 'hits', 'fit ms', 'score ms'],
    rows.map((r) => [r.model, f3(r.recall), f3(r.ndcg), f3(r.repeatRecall), f3(r.exploreRecall), f3(r.repeatShare), f3(r.quantityWape), r.hits, Math.round(r.fitMs), Math.round(r.scoreMs)]),
  );
}
