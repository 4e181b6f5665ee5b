import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import {
  customerLines,
  decodeAccountInsight,
  decodePreparedModel,
  fitFromPrepared,
  formatDate,
  HistoryBuilder,
  type AccountInsight,
  type OrderHistory,
  type PreparedModel,
} from '../../engine/index.js';
import { INSIGHTS_FILE_NAME, MODEL_FILE_NAME, TIMINGS_PREFIX, type PrepareTimings } from '../commands/prepareToFiles.js';
import { readOrderFile } from '../readOrderFile.js';
import { synthOrders } from '../synthOrders.js';
import { measureCommand } from './measureCommand.js';
import { percentile } from './percentile.js';
import { MAX_EXACT_SCALE, scaleRecall } from './scaleRecall.js';

/** What one scale of the synthetic org measured. */
export interface ScaleFigure {
  scale: number;
  lines: number;
  accounts: number;
  /** `prepare --orders` in its own process: wall time, peak resident memory, and its phases (ms). */
  wallMs: number;
  peakMb: number;
  timings: PrepareTimings;
  modelBytes: number;
  modelGzBytes: number;
  insightMedianBytes: number;
  insightLargestBytes: number;
  /** Decoding the shared model once (a view's worker does it once per model version). */
  decodeMs: number;
  /** `fitFromPrepared` + `propose` of one account from its own lines and its insight, over the sample. */
  viewMedianMs: number;
  viewLargestMs: number;
  viewSample: number;
  /** The neighbour search's recall against the exact one, in the bench process (none above `MAX_EXACT_SCALE`). */
  recall?: { recall: number; exactMs: number; prunedMs: number };
}

/** Accounts whose view is timed, evenly spread over the original customers. */
const VIEW_SAMPLE = 50;

/**
 * Prepares the synthetic org at each scale (`synthOrders` of `source`, copy 1 being the file
 * itself) with `optimal-order prepare --orders … --out DIR` in a separate process, so that its
 * peak memory is its own, and measures the files it writes and the account views they make: the
 * views of a sample of the original customers (their lines are the same at every scale), each from
 * its own lines, its insight and the decoded shared model, as the widget's worker does. The
 * synthetic files live in a temporary folder removed at the end.
 */
export async function scaleFigures(cli: string, source: string, asOf: number, scales: readonly number[], nodeArgs: string[] = []): Promise<ScaleFigure[]> {
  const tmp = await mkdtemp(join(tmpdir(), 'optimal-order-scale-'));
  const { history } = await readOrderFile(source, { preset: 'online-retail' });
  const figures: ScaleFigure[] = [];
  try {
    for (const scale of scales) {
      const file = join(tmp, `synth-x${scale}.csv`);
      const { lines } = await synthOrders({ from: source, scale, out: file, seed: 1 });
      process.stderr.write(`scale ${scale}×: ${lines} lines, preparing…\n`);
      const figure = await measureScale(cli, file, history, asOf, scale, lines, join(tmp, `x${scale}`), nodeArgs);
      if (scale <= MAX_EXACT_SCALE) figure.recall = await scaleRecall(file, asOf);
      figures.push(figure);
      process.stderr.write(`scale ${scale}×: ${formatScaleFigures([figures.at(-1)!])[0]}\n`);
      await rm(file, { force: true });
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return figures;
}

async function measureScale(cli: string, file: string, source: OrderHistory, asOf: number, scale: number, lines: number, out: string, nodeArgs: string[]): Promise<ScaleFigure> {
  const run = await measureCommand(cli, ['prepare', '--orders', file, '--preset', 'online-retail', '--as-of', formatDate(asOf), '--out', out], nodeArgs);
  const line = run.stderr.split('\n').find((l) => l.startsWith(TIMINGS_PREFIX));
  if (!line) throw new Error(`bench: prepare at ${scale}× printed no timings:\n${run.stderr.slice(-2000)}`);
  const timings = JSON.parse(line.slice(TIMINGS_PREFIX.length)) as PrepareTimings;
  const modelText = await readFile(join(out, MODEL_FILE_NAME), 'utf8');
  const sample = sampleCustomers(source, asOf);
  const { sizes, insights } = await readInsights(join(out, INSIGHTS_FILE_NAME), new Set(sample.map((c) => source.customerIds[c]!)));
  const decodeStart = performance.now();
  const model = decodePreparedModel(modelText);
  const decodeMs = performance.now() - decodeStart;
  const views = sample.map((c) => viewMs(model, source, c, asOf, insights));
  return {
    scale,
    lines,
    accounts: timings.accounts,
    wallMs: run.wallMs,
    peakMb: run.peakMb,
    timings,
    modelBytes: Buffer.byteLength(modelText),
    modelGzBytes: gzipSync(modelText).length,
    insightMedianBytes: percentile(sizes, 50),
    insightLargestBytes: Math.max(...sizes),
    decodeMs,
    viewMedianMs: percentile(views, 50),
    viewLargestMs: Math.max(...views),
    viewSample: views.length,
  };
}

/** Up to `VIEW_SAMPLE` customers with an order before `asOf`, evenly spread over the ids. */
function sampleCustomers(history: OrderHistory, asOf: number): number[] {
  const buyers = history.customerIds.map((_, c) => c).filter((c) => history.basketStart[c + 1]! > history.basketStart[c]! && history.basketTime[history.basketStart[c]!]! < asOf);
  const step = Math.max(1, Math.floor(buyers.length / VIEW_SAMPLE));
  return buyers.filter((_, i) => i % step === 0).slice(0, VIEW_SAMPLE);
}

/** Each line's bytes (its newline included), and the insights of the accounts wanted. */
async function readInsights(path: string, wanted: ReadonlySet<string>): Promise<{ sizes: number[]; insights: Map<string, AccountInsight> }> {
  const sizes: number[] = [];
  const insights = new Map<string, AccountInsight>();
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (line === '') continue;
    sizes.push(Buffer.byteLength(line) + 1);
    const id = /"accountId":("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
    if (id !== undefined && wanted.has(JSON.parse(id) as string)) {
      const insight = decodeAccountInsight(line, path);
      insights.set(insight.accountId, insight);
    }
  }
  if (sizes.length === 0) sizes.push(0);
  return { sizes, insights };
}

/** One account view's engine time: its lines on the model's numbering, `fitFromPrepared` with its insight, `propose`. */
function viewMs(model: PreparedModel, source: OrderHistory, c: number, asOf: number, insights: ReadonlyMap<string, AccountInsight>): number {
  const id = source.customerIds[c]!;
  const start = performance.now();
  const builder = new HistoryBuilder({ ids: model.productIds, names: model.productNames });
  for (const line of customerLines(source, c)) builder.add(line);
  const history = builder.build();
  const insight = insights.get(id);
  const order = fitFromPrepared(model, history, asOf, {}, insight ? new Map([[id, insight]]) : new Map()).propose(history.customerIndex.get(id)!);
  if (!order) throw new Error(`bench: no order for account ${id}`);
  return performance.now() - start;
}

/** The figures as the bench prints them, each beside its target (issue 13). */
export function formatScaleFigures(figures: readonly ScaleFigure[]): string[] {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} KB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const fit = (f: ScaleFigure) => f.timings.fitMs + f.timings.sharedMs + f.timings.insightsMs;
  const out = figures.map(
    (f) =>
      `${String(f.scale).padStart(3)}×: ${f.lines} lines, ${f.accounts} accounts; prepare ${s(f.wallMs)} wall (load ${s(f.timings.loadMs)}, fit ${s(fit(f))} = engine ${s(f.timings.fitMs)} + shared part ${s(f.timings.sharedMs)} + insights ${s(f.timings.insightsMs)}, write ${s(f.timings.writeMs)}), peak ${f.peakMb.toFixed(0)} MB; ` +
      `shared model ${mb(f.modelBytes)} raw, ${mb(f.modelGzBytes)} gzipped; insights ${mb(f.timings.insightBytes)} in all, median ${kb(f.insightMedianBytes)}, largest ${kb(f.insightLargestBytes)}; ` +
      `account view ${mb(f.modelGzBytes + f.insightLargestBytes)} (model gz + largest insight), decode ${f.decodeMs.toFixed(0)} ms once, then fit + propose median ${f.viewMedianMs.toFixed(1)} ms, max ${f.viewLargestMs.toFixed(1)} ms over ${f.viewSample} accounts; ` +
      (f.recall ? `neighbour recall against the exact search ${f.recall.recall.toFixed(3)} (exact ${s(f.recall.exactMs)}, pruned ${s(f.recall.prunedMs)})` : `neighbour recall not measured above ${MAX_EXACT_SCALE}× (the exact search is all pairs)`),
  );
  const base = figures.find((f) => f.scale === 1);
  const top = figures.reduce((a, b) => (b.scale > a.scale ? b : a), figures[0]!);
  if (base && top && top !== base) {
    const growth = (top.modelBytes / base.modelBytes - 1) * 100;
    // The targets are set at 10×; beyond, the same figures are reported without a verdict.
    const ok = (pass: boolean) => (top.scale > 10 ? 'reported' : pass ? 'met' : 'NOT MET');
    out.push(`targets at ${top.scale}× against 1×: shared model ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} % (target within 10 %, ≤ 3 MB: ${ok(Math.abs(growth) <= 10 && top.modelBytes <= 3e6)}); ` +
      `first account view ${mb(top.modelGzBytes + top.insightLargestBytes)} (target ≤ 3 MB: ${ok(top.modelGzBytes + top.insightLargestBytes <= 3e6)}); ` +
      `fit ${(fit(top) / fit(base)).toFixed(1)}× the 1× fit for ${top.scale}× the data (target ≤ ${(1.2 * top.scale).toFixed(0)}×: ${ok(fit(top) <= 1.2 * top.scale * fit(base))}); ` +
      `peak ${top.peakMb.toFixed(0)} MB (target ≤ 2048 MB: ${ok(top.peakMb <= 2048)})`);
  }
  return out;
}
