import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { csvCell } from '../csvCell.js';
import {
  DEFAULT_SEGMENT_SETTINGS,
  formatDate,
  SEGMENTS,
  segmentCustomers,
  segmentReturnRates,
  winBackList,
  type CustomerSegment,
  type OrderHistory,
  type WinBackEntry,
} from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { dateFlag, oneOf, PRESETS, required } from '../options.js';
import { readRulesFile } from '../readRulesFiles.js';
import { readOrders } from '../readOrders.js';

/** The flags of `segments` (each documented in `HELP.segments`). */
export const SEGMENTS_OPTIONS = {
  orders: { type: 'string' },
  preset: { type: 'string' },
  'as-of': { type: 'string' },
  'win-back': { type: 'boolean' },
  rules: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

/** The fields written per customer, JSON key → CSV column, in order. */
const FIELDS = [
  ['customerId', 'customer_id'],
  ['segment', 'segment'],
  ['recencyDays', 'recency_days'],
  ['orders', 'orders'],
  ['orderDays', 'order_days'],
  ['intervalDays', 'interval_days'],
  ['allowanceDays', 'allowance_days'],
  ['stability', 'stability'],
  ['monetary', 'monetary'],
  ['orderValue', 'order_value'],
  ['valueAtStake', 'value_at_stake'],
  ['reason', 'reason'],
] as const;

/** The win-back list's extra fields, after the segment's. */
const WIN_BACK_FIELDS = [
  ['offer', 'offer'],
  ['discountPercent', 'discount_percent'],
  ['rule', 'rule'],
] as const;

/**
 * `optimal-order segments`: every customer's segment as of a date (customer id order), or with
 * `--win-back` the at-risk and lapsed customers by value at stake, as JSON lines or CSV.
 */
export async function segmentsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: SEGMENTS_OPTIONS, strict: true });
  const ordersPath = required(values, 'orders', 'segments');
  const asOf = dateFlag(required(values, 'as-of', 'segments'), 'as-of', 'segments');
  const preset = oneOf(values.preset, PRESETS, 'canonical', 'preset', 'segments');
  const format = oneOf(values.format, ['json', 'csv'] as const, 'json', 'format', 'segments');

  // Rules first: a bad rules file stops the command before the (long) read of the orders.
  const rules = values.rules === undefined ? undefined : await readRulesFile(values.rules);
  const history = await readOrders(ordersPath, preset, io.stderr);
  const segments = segmentCustomers(history, asOf);
  const rows: (CustomerSegment | WinBackEntry)[] = values['win-back'] ? winBackList(segments, rules) : segments;
  const fields = values['win-back'] ? [...FIELDS, ...WIN_BACK_FIELDS] : FIELDS;

  const out: Writable = values.out ? createWriteStream(values.out) : io.stdout;
  const records = rows.map((s) => fields.map(([key]) => rounded(key, (s as unknown as Record<string, unknown>)[key])));
  const text =
    format === 'csv'
      ? stringify([fields.map(([, column]) => column), ...records.map((r) => r.map(csvCell))])
      : records.map((r) => JSON.stringify(Object.fromEntries(fields.map(([key], i) => [key, r[i]])))).join('\n') + (records.length > 0 ? '\n' : '');
  if (!out.write(text)) await once(out, 'drain');
  if (values.out) {
    out.end();
    await once(out, 'finish');
  }
  const counts = SEGMENTS.map((g) => `${segments.filter((s) => s.segment === g).length} ${g}`);
  io.stderr.write(`${segments.length} customers: ${counts.join(', ')}${values['win-back'] ? `; ${rows.length} to win back` : ''}\n`);
  io.stderr.write(returnRatesLine(history, segments, asOf));
  return 0;
}

/**
 * When the file goes on after --as-of, each segment's return rate: the share of its customers
 * with an order within the horizon (62 days) after it, as decisions/0004 grounds the segments.
 * Nothing when the file stops before (the usual case: segments of today).
 */
function returnRatesLine(history: OrderHistory, segments: readonly CustomerSegment[], asOf: number): string {
  let later = false;
  for (const t of history.basketTime) if (t >= asOf) later = true;
  if (!later) return '';
  const horizon = DEFAULT_SEGMENT_SETTINGS.horizonDays;
  const rates = segmentReturnRates(history, segments, asOf, horizon)
    .filter((r) => r.customers > 0)
    .map((r) => `${r.segment} ${(Math.round(r.rate * 1000) / 10).toFixed(1)} % of ${r.customers}`);
  return `ordered again within ${horizon} days after ${formatDate(asOf)} (the file goes on): ${rates.join(', ')}\n`;
}

/** Money to the cent, stability to 3 decimals, spans of days to 1, the rest as is. */
function rounded(key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (key === 'stability') return Math.round(value * 1000) / 1000;
  if (key === 'monetary' || key === 'orderValue' || key === 'valueAtStake') return Math.round(value * 100) / 100;
  if (key === 'intervalDays' || key === 'allowanceDays') return Math.round(value * 10) / 10;
  return value;
}
