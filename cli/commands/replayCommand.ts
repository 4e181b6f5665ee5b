import { parseArgs } from 'node:util';
import { formatDate, habitualModel, replayFeedback } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { formatTable } from '../formatTable.js';
import { oneOf, positiveIntFlag, PRESETS, required } from '../options.js';
import { readOrders } from '../readOrders.js';
import { UsageError } from '../UsageError.js';

/** The flags of `replay` (each documented in `HELP.replay`). */
export const REPLAY_OPTIONS = {
  orders: { type: 'string' },
  preset: { type: 'string' },
  from: { type: 'string' },
  months: { type: 'string' },
  k: { type: 'string' },
} as const;

/** `optimal-order replay`: how feedback moves acceptance-adjusted precision, month by month. */
export async function replayCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: REPLAY_OPTIONS, strict: true });
  const ordersPath = required(values, 'orders', 'replay');
  const from = required(values, 'from', 'replay');
  const m = /^(\d{4})-(\d{2})$/.exec(from);
  if (!m || +m[2]! < 1 || +m[2]! > 12) throw new UsageError(`--from must be a month as YYYY-MM, got '${from}'`, 'replay');
  const months = positiveIntFlag(required(values, 'months', 'replay'), 1, 'months', 'replay');
  const k = positiveIntFlag(values.k, 10, 'k', 'replay');
  const preset = oneOf(values.preset, PRESETS, 'canonical', 'preset', 'replay');

  const history = await readOrders(ordersPath, preset, io.stderr);
  const rows: (string | number)[][] = [];
  const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
  replayFeedback(history, {
    model: habitualModel(),
    start: Date.UTC(+m[1]!, +m[2]! - 1, 1),
    months,
    k,
    onMonth: (r) => {
      io.stderr.write(`replayed ${formatDate(r.start).slice(0, 7)}\n`);
      rows.push([
        formatDate(r.start).slice(0, 7), r.customers, r.feedbackRecords,
        f3(r.without.precision), f3(r.with.precision), f3(r.with.precision - r.without.precision),
        f3(r.without.recall), f3(r.with.recall), f3(r.without.quantityWape), f3(r.with.quantityWape),
      ]);
    },
  });
  io.stdout.write(
    formatTable(
      ['month', 'customers', 'feedback', 'precision without', 'precision with', 'change', 'recall without', 'recall with', 'WAPE without', 'WAPE with'],
      rows,
    ) + '\n',
  );
  return 0;
}
