import { parseArgs } from 'node:util';
import { habitualModel, simulateImpact, upliftVerdict, type ImpactRow, type SimulationResult, type UpliftEstimate } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { formatTable } from '../formatTable.js';
import { oneOf, positiveIntFlag, PRESETS, required } from '../options.js';
import { readOrders } from '../readOrders.js';
import { UsageError } from '../UsageError.js';

/** The flags of `simulate` (each documented in `HELP.simulate`). */
export const SIMULATE_OPTIONS = {
  orders: { type: 'string' },
  preset: { type: 'string' },
  from: { type: 'string' },
  months: { type: 'string' },
  control: { type: 'string' },
  'planted-uplift': { type: 'string' },
  seed: { type: 'string' },
  k: { type: 'string' },
  format: { type: 'string' },
  locale: { type: 'string' },
  'without-feedback': { type: 'boolean' },
} as const;

/**
 * `optimal-order simulate`: the loop on real history (proposals, a simulated rep, planted extra
 * orders, outcomes, feedback, impact) and the uplift against the control group. Prints the impact
 * table per month and the uplift with its verdict; with `--format json` the last line is JSON.
 */
export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: SIMULATE_OPTIONS, strict: true });
  const from = monthFlag(required(values, 'from', 'simulate'));
  const months = positiveIntFlag(required(values, 'months', 'simulate'), 1, 'months', 'simulate');
  const controlShare = fractionFlag(required(values, 'control', 'simulate'), 'control', 0, 1);
  const plantedUplift = fractionFlag(required(values, 'planted-uplift', 'simulate'), 'planted-uplift', 0, 10);
  const seedText = values.seed ?? '1';
  if (!/^\d+$/.test(seedText) || !Number.isSafeInteger(+seedText)) throw new UsageError(`--seed must be a whole number ≥ 0, got '${seedText}'`, 'simulate');
  const format = oneOf(values.format, ['text', 'json'] as const, 'text', 'format', 'simulate');
  const preset = oneOf(values.preset, PRESETS, 'canonical', 'preset', 'simulate');
  const history = await readOrders(required(values, 'orders', 'simulate'), preset, io.stderr);
  const result = simulateImpact(history, {
    model: habitualModel(),
    start: from,
    months,
    k: positiveIntFlag(values.k, 10, 'k', 'simulate'),
    controlShare,
    plantedUplift,
    seed: +seedText,
    useFeedback: !values['without-feedback'],
    onMonth: (m) => io.stderr.write(`simulated ${m.period}: ${m.treated} treated, ${m.control} control, ${m.feedbackRecords} feedback records\n`),
  });
  io.stdout.write(impactTable(result.impact) + '\n');
  io.stdout.write(upliftText(result, values.locale ?? 'en') + '\n');
  if (format === 'json') io.stdout.write(JSON.stringify(summaryJson(result, controlShare, plantedUplift, +seedText)) + '\n');
  return 0;
}

function monthFlag(text: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m || +m[2]! < 1 || +m[2]! > 12) throw new UsageError(`--from must be a month as YYYY-MM, got '${text}'`, 'simulate');
  return Date.UTC(+m[1]!, +m[2]! - 1, 1);
}

function fractionFlag(text: string, flag: string, min: number, max: number): number {
  const x = Number(text);
  if (text.trim() === '' || !Number.isFinite(x) || x < min || x > max) throw new UsageError(`--${flag} must be a number from ${min} to ${max}, got '${text}'`, 'simulate');
  return x;
}

/** The impact table: one row per month. */
function impactTable(rows: readonly ImpactRow[]): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const money = (x: number) => x.toFixed(0);
  return formatTable(
    ['month', 'proposals', 'accepted', 'declined', 'not reached', 'call back', 'lines', 'ordered', 'conversion', 'habitual', 'development', 'extension', 'accepted value', 'captured value'],
    rows.map((r) => [
      r.period, r.proposals, r.byStatus.accepted, r.byStatus.declined, r.byStatus['not-reached'], r.byStatus['call-back'],
      r.lines, r.linesOrdered, pct(r.conversion), pct(r.bySection.habitual.conversion), pct(r.bySection.development.conversion),
      pct(r.bySection.extension.conversion), money(r.acceptedValue), money(r.capturedValue),
    ]),
  );
}

function upliftText(result: SimulationResult, locale: string): string {
  const u = result.uplift;
  if (!u) return `uplift of revenue per account: ${upliftVerdict(null, locale)}`;
  const r = result.revenueWeighted!;
  const interval = (e: UpliftEstimate) => `${e.ci95[0].toFixed(3)} to ${e.ci95[1].toFixed(3)}`;
  return [
    `uplift of revenue per account and month, treated (${u.treated}) against control (${u.control}), each account weighted by its usual revenue:`,
    `  ${upliftVerdict(u, locale)}`,
    `  95 % interval ${interval(u)}; the pre-period covariates explain ${(100 * u.varianceExplained).toFixed(0)} % of the variance`,
    `uplift of total revenue (the largest accounts weigh most): ${r.estimate.toFixed(3)}, 95 % interval ${interval(r)}` +
      ` (plain difference of means ${r.unadjusted.toFixed(3)}; covariates explain ${(100 * r.varianceExplained).toFixed(0)} %)`,
  ].join('\n');
}

function estimateJson(u: UpliftEstimate | null): object | null {
  return u ? { estimate: u.estimate, ci95: u.ci95, standardError: u.standardError, unadjusted: u.unadjusted, varianceExplained: u.varianceExplained, significant: u.significant } : null;
}

function summaryJson(result: SimulationResult, control: number, planted: number, seed: number): object {
  const u = result.uplift;
  return {
    uplift: estimateJson(u),
    revenueWeighted: estimateJson(result.revenueWeighted),
    accounts: { treated: u?.treated ?? 0, control: u?.control ?? 0 },
    planted,
    control,
    seed,
    months: result.months,
    conversion: result.impact.map((r) => ({ period: r.period, proposals: r.proposals, lines: r.lines, linesOrdered: r.linesOrdered, conversion: r.conversion, capturedValue: r.capturedValue })),
  };
}
