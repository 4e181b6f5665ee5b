import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { synthCommand } from '../../cli/synthCommand.js';
import { MAX_SHIFT_DAYS, QUANTITY_SPREAD } from '../../cli/synthOrders.js';
import { readOrderFile } from '../../cli/readOrderFile.js';
import { DAY_MS, parseDateTime } from '../../engine/index.js';
import { captureStream } from '../support/captureStream.js';

const dir = mkdtempSync(join(tmpdir(), 'optimal-order-synth-'));
const source = join(dir, 'retail.csv');
const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
// Three customers over a month, one of them spanning it all (its clones cannot move), an
// anonymous line, a cancellation, a fee, a description with a comma and quotes.
const ROWS = [
  '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom',
  '536365,71053,"LANTERN, ""METAL""",40,2010-12-01 08:26:00,3.39,17850.0,United Kingdom',
  '536366,22633,HAND WARMER UNION JACK,1,2010-12-05 08:28:00,1.85,,United Kingdom',
  '536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,2010-12-10 08:34:00,1.69,13047.0,United Kingdom',
  'C536379,84879,ASSORTED COLOUR BIRD ORNAMENT,-8,2010-12-11 09:41:00,1.69,13047.0,United Kingdom',
  '536380,POST,POSTAGE,1,2010-12-12 09:41:00,18.00,12583.0,France',
  '536381,22728,ALARM CLOCK BAKELIKE PINK,24,2010-12-15 09:45:00,3.75,12583.0,France',
  '536390,85123A,WHITE HANGING HEART T-LIGHT HOLDER,12,2010-12-31 10:00:00,2.55,17850.0,United Kingdom',
];

async function synth(...args: string[]): Promise<{ code: number; stderr: string }> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await synthCommand(args, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stderr: stderr.text() };
}

function rowsOf(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

writeFileSync(source, [HEADER, ...ROWS].join('\r\n') + '\r\n');

describe('npm run synth', () => {
  it('gives the same bytes for the same seed, other bytes for another seed', async () => {
    const [a, b, c] = ['a.csv', 'b.csv', 'c.csv'].map((f) => join(dir, f));
    expect((await synth('--from', source, '--scale', '4', '--out', a)).code).toBe(0);
    expect((await synth('--from', source, '--scale', '4', '--out', b)).code).toBe(0);
    expect((await synth('--from', source, '--scale', '4', '--out', c, '--seed', '2')).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(readFileSync(a).equals(readFileSync(c))).toBe(false);
  });

  it('keeps copy 1 as the file is, and clones every customer with new ids, shifted dates and perturbed quantities', async () => {
    const out = join(dir, 'x3.csv');
    const { code, stderr } = await synth('--from', source, '--scale', '3', '--out', out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/9 customers, \d+ lines written/);
    const rows = rowsOf(readFileSync(out, 'utf8'));
    const original = rowsOf([HEADER, ...ROWS].join('\n'));
    expect(rows.slice(0, original.length)).toEqual(original);
    const clones = rows.slice(original.length);
    // The anonymous line is not cloned: it belongs to no customer.
    expect(clones).toHaveLength(2 * (original.length - 1));
    expect(clones.every((r) => r.CustomerID !== '')).toBe(true);
    expect(new Set(rows.map((r) => r.CustomerID).filter(Boolean)).size).toBe(9);
    const invoices = new Set(clones.map((r) => r.InvoiceNo));
    for (const r of original) expect(invoices.has(r.InvoiceNo!)).toBe(false);

    const named = original.filter((r) => r.CustomerID !== '');
    const spanStart = Math.min(...named.map((r) => parseDateTime(r.InvoiceDate!.slice(0, 10))));
    const spanEnd = Math.max(...named.map((r) => parseDateTime(r.InvoiceDate!.slice(0, 10))));
    for (let k = 0; k < 2; k++) {
      const shifts = new Map<string, Set<number>>();
      named.forEach((r, i) => {
        const clone = clones[k * named.length + i]!;
        expect([clone.StockCode, clone.Description, clone.UnitPrice, clone.Country]).toEqual([r.StockCode, r.Description, r.UnitPrice, r.Country]);
        expect(clone.InvoiceNo!.startsWith('C')).toBe(r.InvoiceNo!.startsWith('C'));
        expect(clone.InvoiceDate!.slice(10)).toBe(r.InvoiceDate!.slice(10));
        const shift = (parseDateTime(clone.InvoiceDate!.slice(0, 10)) - parseDateTime(r.InvoiceDate!.slice(0, 10))) / DAY_MS;
        shifts.set(r.CustomerID!, (shifts.get(r.CustomerID!) ?? new Set()).add(shift));
        expect(Math.abs(shift)).toBeLessThanOrEqual(MAX_SHIFT_DAYS);
        const day = parseDateTime(clone.InvoiceDate!.slice(0, 10));
        expect(day >= spanStart && day <= spanEnd).toBe(true);
        const q = Number(r.Quantity);
        const cq = Number(clone.Quantity);
        expect(Math.sign(cq)).toBe(Math.sign(q));
        expect(Math.abs(cq)).toBeGreaterThanOrEqual(Math.max(1, Math.floor(Math.abs(q) * (1 - QUANTITY_SPREAD))));
        expect(Math.abs(cq)).toBeLessThanOrEqual(Math.ceil(Math.abs(q) * (1 + QUANTITY_SPREAD)));
      });
      // One shift per customer's clone: its rhythm is kept. The customer spanning the whole file cannot move.
      for (const s of shifts.values()) expect(s.size).toBe(1);
      expect([...shifts.get('17850.0')!]).toEqual([0]);
    }
    // Over all clones, quantities do change (40 → something else at least once).
    expect(clones.filter((r) => r.Description === 'LANTERN, "METAL"').some((r) => r.Quantity !== '40')).toBe(true);
  });

  it('writes a file the online-retail preset reads, gzipped when the name ends in .gz', async () => {
    const plain = join(dir, 'x5.csv');
    const gz = join(dir, 'x5.csv.gz');
    await synth('--from', source, '--scale', '5', '--out', plain);
    await synth('--from', source, '--scale', '5', '--out', gz);
    expect(gunzipSync(readFileSync(gz)).equals(readFileSync(plain))).toBe(true);
    const { history, report } = await readOrderFile(gz, { preset: 'online-retail' });
    const once = await readOrderFile(source, { preset: 'online-retail' });
    expect(history.customerIds).toHaveLength(5 * once.history.customerIds.length);
    expect(report.rows).toBe(once.report.rows + 4 * (ROWS.length - 1));
  });

  it('refuses bad flags with exit code 2, naming the flag', async () => {
    expect(await synth('--out', join(dir, 'n.csv'))).toMatchObject({ code: 2, stderr: expect.stringContaining('--scale is required') });
    expect(await synth('--scale', '0', '--out', join(dir, 'n.csv'))).toMatchObject({ code: 2, stderr: expect.stringContaining('--scale must be a whole number') });
    expect(await synth('--scale', '2')).toMatchObject({ code: 2, stderr: expect.stringContaining('--out is required') });
    expect(await synth('--scale', '2', '--out', join(dir, 'n.csv'), '--from', join(dir, 'missing.csv'))).toMatchObject({ code: 2, stderr: expect.stringContaining('missing.csv: file not found') });
    expect((await synth('--scale', '2', '--out', 'x', '--bogus')).code).toBe(2);
  });
});
