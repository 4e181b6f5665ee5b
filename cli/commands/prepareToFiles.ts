import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { encodeAccountInsight, encodePreparedModel, fitOptimalOrder, formatDate, type FittedOptimalOrder } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { dateFlag, oneOf, PRESETS, required } from '../options.js';
import { progress } from '../progress.js';
import { readOrders } from '../readOrders.js';
import { UsageError } from '../UsageError.js';

/** The flags of `prepare --orders`. */
export const PREPARE_TO_FILES_OPTIONS = {
  orders: { type: 'string' },
  preset: { type: 'string' },
  'as-of': { type: 'string' },
  out: { type: 'string' },
} as const;

/** The shared part, in `--out DIR`. */
export const MODEL_FILE_NAME = 'model.json';

/** One account insight per line, in `--out DIR`. */
export const INSIGHTS_FILE_NAME = 'accounts.jsonl';

/** Stderr carries one line starting with this, then the phases as JSON (`PrepareTimings`), for the bench. */
export const TIMINGS_PREFIX = 'prepare:timings ';

/** How long each phase of `prepare --orders` took, in ms, and what it wrote. */
export interface PrepareTimings {
  loadMs: number;
  /** `fitOptimalOrder`: the engine's parts, the neighbour search included. */
  fitMs: number;
  /** `prepare()`: the shared part. */
  sharedMs: number;
  /** `insight(c)` of every customer, summed. */
  insightsMs: number;
  /** Encoding and writing both files. */
  writeMs: number;
  accounts: number;
  modelBytes: number;
  insightBytes: number;
}

/** Insight lines are written in chunks of about this many characters: a giant string never builds up. */
const CHUNK_CHARS = 1 << 20;

/**
 * `optimal-order prepare --orders FILE [--preset NAME] --as-of YYYY-MM-DD --out DIR`: fits the
 * engine on a file and writes what `prepare --org` stores in the org: `DIR/model.json`, the shared
 * part (no account id, no per-account row), and `DIR/accounts.jsonl`, one account insight per line
 * (`{"format", "engineVersion", "accountId", "modelAsOf", "products", "scores"}`, as
 * `decodeAccountInsight` reads it) for every customer with an order before --as-of. For integrators
 * and the bench: the phases' timings go to stderr as one `prepare:timings {…}` line.
 */
export async function prepareToFiles(args: string[], io: CliIo): Promise<number> {
  const { path, preset, asOf, dir } = await flags(args);
  let start = performance.now();
  const history = await readOrders(path, preset, io.stderr);
  const loadMs = performance.now() - start;
  io.stderr.write(`fitting the engine on ${history.customerIds.length} accounts as of ${formatDate(asOf)}…\n`);
  start = performance.now();
  const fitted = fitOptimalOrder(history, asOf);
  const fitMs = performance.now() - start;
  start = performance.now();
  const model = fitted.prepare();
  const sharedMs = performance.now() - start;

  start = performance.now();
  const modelText = encodePreparedModel(model);
  await writeFile(join(dir, MODEL_FILE_NAME), modelText);
  const modelWriteMs = performance.now() - start;
  const written = await writeInsights(fitted, history.customerIds, join(dir, INSIGHTS_FILE_NAME), io);
  const timings: PrepareTimings = {
    loadMs,
    fitMs,
    sharedMs,
    insightsMs: written.insightsMs,
    writeMs: modelWriteMs + written.writeMs,
    accounts: written.accounts,
    modelBytes: Buffer.byteLength(modelText),
    insightBytes: written.bytes,
  };
  io.stderr.write(TIMINGS_PREFIX + JSON.stringify(timings) + '\n');
  io.stdout.write(
    `prepared model of ${model.customers} accounts and ${model.productIds.length} products written to ${join(dir, MODEL_FILE_NAME)} (${(timings.modelBytes / 1e6).toFixed(1)} MB); ` +
      `${written.accounts} account insights to ${join(dir, INSIGHTS_FILE_NAME)} (${(written.bytes / 1e6).toFixed(1)} MB)\n`,
  );
  return 0;
}

/** The flags, checked (a usage error names the flag), and the output folder, made. */
async function flags(args: string[]) {
  const { values } = parseArgs({ args, options: PREPARE_TO_FILES_OPTIONS, strict: true });
  const path = required(values, 'orders', 'prepare');
  const preset = oneOf(values.preset, PRESETS, 'canonical', 'preset', 'prepare');
  const asOf = dateFlag(required(values, 'as-of', 'prepare'), 'as-of', 'prepare');
  const dir = required(values, 'out', 'prepare');
  await mkdir(dir, { recursive: true }).catch((error: Error) => {
    throw new UsageError(`--out ${dir} cannot be made a folder: ${error.message}`, 'prepare');
  });
  return { path, preset, asOf, dir };
}

/** Streams every customer's insight to `file`, one line each, with a progress line on stderr; times computing and writing apart. */
async function writeInsights(fitted: FittedOptimalOrder, customerIds: readonly string[], file: string, io: CliIo) {
  const out = createWriteStream(file);
  const report = progress(io.stderr, 'account insights');
  let insightsMs = 0;
  let accounts = 0;
  let bytes = 0;
  let chunk = '';
  const started = performance.now();
  for (let c = 0; c < customerIds.length; c++) {
    const start = performance.now();
    const insight = fitted.insight(c);
    insightsMs += performance.now() - start;
    report(c + 1, customerIds.length);
    if (!insight) continue;
    const line = encodeAccountInsight(insight) + '\n';
    accounts++;
    bytes += Buffer.byteLength(line);
    chunk += line;
    if (chunk.length >= CHUNK_CHARS) {
      await write(out, chunk);
      chunk = '';
    }
  }
  if (chunk) await write(out, chunk);
  out.end();
  await finished(out);
  return { accounts, bytes, insightsMs, writeMs: performance.now() - started - insightsMs };
}

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => out.write(text, (error) => (error ? reject(error) : resolve())));
}
