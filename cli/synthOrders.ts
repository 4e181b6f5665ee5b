import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGzip, gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { DAY_MS, EngineError, parseDateTime } from '../engine/index.js';
import { synthRandom } from './synthRandom.js';

/** Options of `synthOrders`. */
export interface SynthOptions {
  /** An order file in the `online-retail` preset's columns (the shared data), plain or gzipped. */
  from: string;
  /** How many copies of every customer: 1 is the file itself, N adds N − 1 perturbed clones. */
  scale: number;
  /** Where to write; gzipped when the name ends in `.gz`. */
  out: string;
  /** The seed of every perturbation: the same seed, file and scale give the same bytes. */
  seed: number;
  /** Called after each clone is written, with the clones done and the lines written so far. */
  onProgress?: (clones: number, lines: number) => void;
}

/** What was written. */
export interface SynthResult {
  customers: number;
  lines: number;
}

/**
 * Most days a clone's dates move, either way: enough that clones do not order on the same day as
 * their original, little enough that seasons and the customer's own rhythm stay as they were.
 */
export const MAX_SHIFT_DAYS = 7;

/** How much a clone's quantities differ from the original's, either way (±20 %). */
export const QUANTITY_SPREAD = 0.2;

/** Clone ids are `k · 10⁶ + id` while ids stay below it (the shared data's are 5 digits), else `id-k`. */
const ID_STRIDE = 1_000_000;

/** Output is written in chunks of about this many characters (a few hundred writes per million lines). */
const CHUNK_CHARS = 1 << 20;

/**
 * A synthetic org for scale: the customers of an Online Retail file `scale` times. Copy 0 is the
 * file's rows as they are (anonymous lines included); copy k ≥ 1 holds every line that has a
 * customer, under a new customer id and new invoice numbers, its dates moved by one number of days
 * for the whole customer (at most `MAX_SHIFT_DAYS`, never out of the file's span, so its rhythm is
 * kept) and each quantity scaled by a factor per customer and product (±`QUANTITY_SPREAD`,
 * rounded, never 0 or changing sign, so a cancellation still nets its purchase). Prices, products and
 * descriptions are kept. Written in the same columns, streamed; deterministic in `seed`.
 */
export async function synthOrders(options: SynthOptions): Promise<SynthResult> {
  const source = await readSource(options.from);
  const out = openOutput(options.out);
  let lines = 0;
  for (let k = 0; k < options.scale; k++) {
    lines += await writeClone(source, k, options.seed, out.stream);
    options.onProgress?.(k + 1, lines);
  }
  out.stream.end();
  await out.done;
  const customers = source.firstDay.size * options.scale;
  return { customers, lines };
}

/** The source file in memory: its header, rows, each row's day, and each customer's first and last day. */
interface Source {
  header: string[];
  rows: string[][];
  day: Int32Array;
  col: { invoice: number; quantity: number; date: number; customer: number; stockCode: number };
  firstDay: Map<string, number>;
  lastDay: Map<string, number>;
  spanStart: number;
  spanEnd: number;
}

async function readSource(path: string): Promise<Source> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new EngineError(error.code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', `${path}: ${error.code === 'ENOENT' ? 'file not found' : error.message}`, { source: path });
  });
  const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  const column = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new EngineError('MISSING_COLUMN', `${path}: no column ${name} (synth reads the online-retail preset's columns)`, { source: path });
    return i;
  };
  const col = { invoice: column('InvoiceNo'), quantity: column('Quantity'), date: column('InvoiceDate'), customer: column('CustomerID'), stockCode: column('StockCode') };
  const day = new Int32Array(rows.length);
  const firstDay = new Map<string, number>();
  const lastDay = new Map<string, number>();
  rows.forEach((row, i) => {
    const time = parseDateTime(row[col.date] ?? '');
    if (Number.isNaN(time) || row.length !== header.length) throw new EngineError('MALFORMED_ROW', `${path}: data row ${i + 1}: ${row.length !== header.length ? `expected ${header.length} fields` : `InvoiceDate '${row[col.date]}' is not YYYY-MM-DD[ HH:MM:SS]`}`, { source: path });
    const d = (day[i] = Math.floor(time / DAY_MS));
    const customer = row[col.customer]!;
    if (customer.trim() === '') return;
    firstDay.set(customer, Math.min(firstDay.get(customer) ?? d, d));
    lastDay.set(customer, Math.max(lastDay.get(customer) ?? d, d));
  });
  const days = [...firstDay.values(), ...lastDay.values()];
  return { header, rows, day, col, firstDay, lastDay, spanStart: Math.min(...days), spanEnd: Math.max(...days) };
}

/** The stream to write to (through gzip for a `.gz` name) and the file's own end, once everything is on disk. */
function openOutput(path: string): { stream: Writable; done: Promise<void> } {
  const file = createWriteStream(path);
  if (!path.endsWith('.gz')) return { stream: file, done: finished(file) };
  const gzip = createGzip();
  gzip.pipe(file);
  return { stream: gzip, done: finished(file) };
}

/** Writes copy `k` of every customer's lines (copy 0: the file as it is); returns the lines written. */
async function writeClone(source: Source, k: number, seed: number, out: Writable): Promise<number> {
  const { rows, col, day } = source;
  const shifts = new Map<string, number>();
  let chunk = k === 0 ? csvLine(source.header) : '';
  let lines = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const customer = row[col.customer]!;
    if (k > 0 && customer.trim() === '') continue;
    if (k === 0) {
      chunk += csvLine(row);
    } else {
      let shift = shifts.get(customer);
      if (shift === undefined) shifts.set(customer, (shift = cloneShift(source, customer, k, seed)));
      chunk += csvLine(cloneRow(row, col, day[i]! + shift, k, seed));
    }
    lines++;
    if (chunk.length >= CHUNK_CHARS) {
      await write(out, chunk);
      chunk = '';
    }
  }
  if (chunk) await write(out, chunk);
  return lines;
}

/** One day shift for the whole of a customer's clone, inside the file's span. */
function cloneShift(source: Source, customer: string, k: number, seed: number): number {
  const random = synthRandom(seed, k, customer);
  const wanted = Math.round((2 * random() - 1) * MAX_SHIFT_DAYS);
  const lowest = Math.max(-MAX_SHIFT_DAYS, source.spanStart - source.firstDay.get(customer)!);
  const highest = Math.min(MAX_SHIFT_DAYS, source.spanEnd - source.lastDay.get(customer)!);
  return Math.min(highest, Math.max(lowest, wanted));
}

function cloneRow(row: string[], col: Source['col'], day: number, k: number, seed: number): string[] {
  const copy = row.slice();
  const customer = row[col.customer]!;
  copy[col.customer] = cloneId(customer, k);
  copy[col.invoice] = cloneInvoice(row[col.invoice]!, k);
  copy[col.date] = dayText(day) + row[col.date]!.slice(10);
  const quantity = Number(row[col.quantity]);
  if (Number.isFinite(quantity) && quantity !== 0) {
    const factor = 1 + QUANTITY_SPREAD * (2 * synthRandom(seed, k, customer, row[col.stockCode]!)() - 1);
    copy[col.quantity] = String(Math.sign(quantity) * Math.max(1, Math.round(Math.abs(quantity) * factor)));
  }
  return copy;
}

const dayTexts = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (days since the epoch), each worked out once: a clone repeats a few hundred days millions of times. */
function dayText(day: number): string {
  let text = dayTexts.get(day);
  if (text === undefined) dayTexts.set(day, (text = new Date(day * DAY_MS).toISOString().slice(0, 10)));
  return text;
}

/** `17850.0` → `1017850.0` for k = 1; an id that is not a small number gets `-k`. */
function cloneId(id: string, k: number): string {
  const m = /^(\d+)(\.0*)?$/.exec(id);
  if (!m || Number(m[1]) >= ID_STRIDE) return `${id}-${k}`;
  return `${k * ID_STRIDE + Number(m[1])}${m[2] ?? ''}`;
}

/** `536365` → `1536365`, `C536379` → `C1536379` for k = 1 (a cancellation keeps its `C`); other numbers get `-k`. */
function cloneInvoice(invoice: string, k: number): string {
  const m = /^([A-Za-z]?)(\d+)$/.exec(invoice);
  if (!m || Number(m[2]) >= ID_STRIDE) return `${invoice}-${k}`;
  return `${m[1]}${k * ID_STRIDE + Number(m[2])}`;
}

/** One CSV line: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvLine(fields: readonly string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',') + '\n';
}

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
