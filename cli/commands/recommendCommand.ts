import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { fitOptimalOrder, type OptimalOrder } from '../../engine/index.js';
import { orgToken } from '../orgToken.js';
import { orgUrl } from '../orgUrl.js';
import { UsageError } from '../UsageError.js';
import { recommendFromOrg } from './recommendFromOrg.js';
import { readFeedbackFile } from '../readFeedbackFile.js';
import { readPromotionsFile, readRulesFile } from '../readRulesFiles.js';
import { asOfFlag, dateFlag, NO_CAP, oneOf, positiveIntFlag, PRESETS, required } from '../options.js';
import { progress } from '../progress.js';
import { readOrders } from '../readOrders.js';
import { csvCell } from '../csvCell.js';
import type { CliIo } from '../CliIo.js';

/** The CSV columns of `--format csv`: one row per proposed line. */
const CSV_COLUMNS = ['customer_id', 'segment', 'rank', 'product_id', 'kind', 'probability', 'quantity', 'price', 'last_price', 'net_discount', 'price_steps', 'promotion', 'expected_value', 'reason'];

/** How price steps are joined in one CSV cell. */
const STEP_SEPARATOR = ' → ';

/** The flags of `recommend` (each documented in `HELP.recommend`). */
export const RECOMMEND_OPTIONS = {
  orders: { type: 'string' },
  preset: { type: 'string' },
  'as-of': { type: 'string' },
  k: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  feedback: { type: 'string' },
  rules: { type: 'string' },
  promotions: { type: 'string' },
  locale: { type: 'string' },
  org: { type: 'string' },
  account: { type: 'string' },
  token: { type: 'string' },
  save: { type: 'boolean' },
  'proposal-id': { type: 'string' },
} as const;

/** `optimal-order recommend`: every customer's optimal order as of a date, as JSON lines or CSV. */
export async function recommendCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: RECOMMEND_OPTIONS,
    strict: true,
  });
  if (values.org !== undefined) {
    if (values.orders !== undefined) throw new UsageError('--orders and --org are two sources: give one', 'recommend');
    const instanceUrl = orgUrl(values.org, 'recommend');
    const token = orgToken(values.token, 'recommend', io.stderr);
    return recommendFromOrg(
      {
        instanceUrl,
        accountId: required(values, 'account', 'recommend'),
        token,
        asOf: asOfFlag(values['as-of'], 'recommend'),
        k: positiveIntFlag(values.k, NO_CAP, 'k', 'recommend'),
        locale: values.locale ?? 'en',
        save: values.save ?? false,
        proposalId: values['proposal-id'],
      },
      io,
    );
  }
  if (values.save || values.account !== undefined) throw new UsageError('--account and --save go with --org', 'recommend');
  const ordersPath = required(values, 'orders', 'recommend');
  const asOf = dateFlag(required(values, 'as-of', 'recommend'), 'as-of', 'recommend');
  const preset = oneOf(values.preset, PRESETS, 'canonical', 'preset', 'recommend');
  const k = positiveIntFlag(values.k, NO_CAP, 'k', 'recommend');
  const format = oneOf(values.format, ['json', 'csv'] as const, 'json', 'format', 'recommend');

  // Rules, promotions and feedback first: a bad file stops the command before the long read.
  const rules = values.rules === undefined ? undefined : await readRulesFile(values.rules);
  const promotions = values.promotions === undefined ? undefined : await readPromotionsFile(values.promotions);
  const feedback = values.feedback === undefined ? undefined : await readFeedbackFile(values.feedback);
  const history = await readOrders(ordersPath, preset, io.stderr);
  io.stderr.write('fitting the model…\n');
  const engine = fitOptimalOrder(history, asOf, { rules, promotions, feedback, k, locale: values.locale ?? 'en' });
  const customers = [...engine.segments.keys()].sort((a, b) => a - b);
  const report = progress(io.stderr, 'customers');
  const out: Writable = values.out ? createWriteStream(values.out) : io.stdout;
  if (format === 'csv') await write(out, stringify([CSV_COLUMNS]));
  for (const [i, c] of customers.entries()) {
    const order = engine.propose(c)!;
    await write(out, format === 'csv' ? csvRows(order) : JSON.stringify(order) + '\n');
    report(i + 1, customers.length);
  }
  if (values.out) {
    out.end();
    await once(out, 'finish');
  }
  return 0;
}

/** The order's lines as CSV rows, every text cell neutralised against formula injection (`csvCell`). */
function csvRows(o: OptimalOrder): string {
  return stringify(
    o.items.map((item, i) =>
      [
        o.customerId, o.segment, i + 1, item.productId, item.kind, item.probability, item.quantity,
        item.price.value, item.lastPrice ?? '', item.netDiscount ?? '', item.price.steps.join(STEP_SEPARATOR), item.promotion?.name ?? '', item.expectedValue, item.reason,
      ].map(csvCell),
    ),
  );
}

/** Writes a chunk, waiting for the stream to drain when its buffer is full. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}
