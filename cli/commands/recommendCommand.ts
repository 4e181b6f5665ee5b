import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { FeedbackIndex, habitualModel, outcomeAfter, proposeOrders, sliceHistory, type CustomerProposal } from '../../engine/index.js';
import { readFeedbackFile } from '../readFeedbackFile.js';
import { dateFlag, oneOf, positiveIntFlag, PRESETS, required } from '../options.js';
import { progress } from '../progress.js';
import { readOrders } from '../readOrders.js';
import type { CliIo } from '../CliIo.js';

/** The CSV columns of `--format csv`: one row per proposed line. */
const CSV_COLUMNS = ['customer_id', 'rank', 'product_id', 'kind', 'probability', 'quantity', 'reason'];

/** The flags of `recommend` (each documented in `HELP.recommend`). */
export const RECOMMEND_OPTIONS = {
  orders: { type: 'string' },
  preset: { type: 'string' },
  'as-of': { type: 'string' },
  k: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  feedback: { type: 'string' },
} as const;

/** `optimal-order recommend`: every customer's proposal as of a date, as JSON lines or CSV. */
export async function recommendCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: RECOMMEND_OPTIONS,
    strict: true,
  });
  const ordersPath = required(values, 'orders', 'recommend');
  const asOf = dateFlag(required(values, 'as-of', 'recommend'), 'as-of', 'recommend');
  const preset = oneOf(values.preset, PRESETS, 'canonical', 'preset', 'recommend');
  const k = positiveIntFlag(values.k, 10, 'k', 'recommend');
  const format = oneOf(values.format, ['json', 'csv'] as const, 'json', 'format', 'recommend');

  const history = await readOrders(ordersPath, preset, io.stderr);
  io.stderr.write('fitting the model…\n');
  const fitted = habitualModel().fit(history, asOf);
  const feedback = values.feedback
    ? new FeedbackIndex(await readFeedbackFile(values.feedback), asOf, outcomeAfter(sliceHistory(history, { before: asOf })))
    : undefined;
  const out: Writable = values.out ? createWriteStream(values.out) : io.stdout;
  if (format === 'csv') await write(out, stringify([CSV_COLUMNS]));
  for (const proposal of proposeOrders(history, asOf, fitted, { k, feedback, onProgress: progress(io.stderr, 'customers') })) {
    await write(out, format === 'csv' ? csvRows(proposal) : JSON.stringify(proposal) + '\n');
  }
  if (values.out) {
    out.end();
    await once(out, 'finish');
  }
  return 0;
}

function csvRows(p: CustomerProposal): string {
  return stringify(p.items.map((item, i) => [p.customerId, i + 1, item.productId, item.kind, item.probability, item.quantity, item.reason]));
}

/** Writes a chunk, waiting for the stream to drain when its buffer is full. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}
