/**
 * Bad files through the real command line (in process): each one stops with exit code 2 and one
 * line naming the file, the line and the field, never a stack trace, a hang or a wrong answer.
 * The hang cases (a gzip bomb, one endless line) are generated here, streamed to a temporary
 * directory, never stored in the repository; were a cap missing, they would run for minutes and
 * the test would time out. Time and memory are measured outside the tests (README, "Input files").
 */
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { CANONICAL_HEADER } from '../support/canonicalOrders.js';
import { runCommand as cli } from '../support/runCommand.js';

const dir = mkdtempSync(join(tmpdir(), 'optimal-order-bad-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AS_OF = '2011-06-01';
const GOOD_ROWS = ['C1,O1,2011-01-03,S1,12,1.50,Mug', 'C1,O2,2011-02-03,S1,12,1.50,Mug', 'C2,O3,2011-02-04,S2,6,2.10,Tea towel'];

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const orders = file('orders.csv', [CANONICAL_HEADER, ...GOOD_ROWS].join('\n') + '\n');

/** Streams `count` copies of `chunk` (after `head`) to a new file, never holding the whole in memory. */
async function streamed(name: string, head: Buffer, chunk: Buffer, count: number): Promise<string> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  out.write(head);
  for (let i = 0; i < count; i++) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

/** The run stopped on bad input: exit 2, and stderr is exactly one line, which starts as given. */
function expectOneLine(run: { code: number; stderr: string }, start: string): string {
  expect(run.code).toBe(2);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr.slice(0, 500)).toHaveLength(1);
  expect(lines[0]!.startsWith(`optimal-order recommend: ${start}`), lines[0]).toBe(true);
  expect(lines[0]).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  return lines[0]!;
}

describe('recommend on a bad order file', () => {
  it('stops on a gzip bomb (10 GB of valid lines in a few MB) within the first megabytes', async () => {
    // Gzip members concatenated make one stream (RFC 1952): 10,000 copies of 1 MB of the same line.
    const line = 'C1,O1,2011-01-03,S1,12,1.50,Mug\n';
    const member = gzipSync(Buffer.from(line.repeat(Math.floor(2 ** 20 / line.length))), { level: 9 });
    const bomb = await streamed('bomb.csv.gz', gzipSync(CANONICAL_HEADER + '\n'), member, 10_000);
    const run = await cli('recommend', '--orders', bomb, '--as-of', AS_OF);
    rmSync(bomb);
    const message = expectOneLine(run, `${bomb}:`);
    expect(message).toMatch(/:\d+: decompresses to over 100 times its size .*refused as a likely gzip bomb$/);
  });

  it('stops on one enormous line (256 MB without a line break), naming the line and the column', async () => {
    const huge = await streamed('one-line.csv', Buffer.from(`${CANONICAL_HEADER}\nC1,O1,2011-01-03,S1,12,1.50,`), Buffer.alloc(2 ** 20, 'x'), 256);
    const run = await cli('recommend', '--orders', huge, '--as-of', AS_OF);
    rmSync(huge); // 256 MB of a temporary folder, which may be memory
    expectOneLine(run, `${huge}:2: column "product_name": the line runs past 65,536 characters without a line break`);
  });

  it('stops on a header that is binary garbage, showing it quoted, escaped and cut', async () => {
    const garbage = file('garbage.csv', '\u001b]0;owned\u0007\u0000\u00ff'.repeat(40) + '\nC1,O1\n');
    const run = await cli('recommend', '--orders', garbage, '--as-of', AS_OF);
    const message = expectOneLine(run, `${garbage}:1: missing columns customer_id, order_id`);
    expect(message).toMatch(/\(found: "\\u001b\]0;owned\\u0007\\u0000ÿ.*…" \(480 characters\)\)$/);
  });

  it('refuses a 400-digit quantity or price instead of writing Infinity as null', async () => {
    for (const [column, row] of [
      ['quantity', `C1,O3,2011-03-03,S1,${'9'.repeat(400)},1.50,Mug`],
      ['unit_price', `C1,O3,2011-03-03,S1,12,${'9'.repeat(400)}.5,Mug`],
    ] as const) {
      const bad = file(`huge-${column}.csv`, [CANONICAL_HEADER, ...GOOD_ROWS, row].join('\n') + '\n');
      const run = await cli('recommend', '--orders', bad, '--as-of', AS_OF);
      expectOneLine(run, `${bad}:5: ${column} "999`);
      expect(run.stderr).toContain('is beyond ±1,000,000,000: not a real order line');
    }
  });

  it('counts exact duplicate rows in the load report, and sums them as the same product listed twice', async () => {
    const doubled = file('doubled.csv', [CANONICAL_HEADER, ...GOOD_ROWS, GOOD_ROWS[0], GOOD_ROWS[0]].join('\n') + '\n');
    const once = await cli('recommend', '--orders', orders, '--as-of', AS_OF);
    const twice = await cli('recommend', '--orders', doubled, '--as-of', AS_OF);
    expect(twice.code).toBe(0);
    expect(once.stderr).toContain('of which 0 exact duplicates');
    expect(twice.stderr).toContain('  kept     5 purchase lines\n           of which 2 exact duplicates (same customer, order, product, quantity, price, date): summed\n');
  });
});

describe('recommend with bad rules, promotions or feedback', () => {
  it('refuses an unknown key in a feedback line (a misspelt acceptedQuantity would change quantities)', async () => {
    const feedback = file('typo.jsonl', [
      '{"customerId":"C1","productId":"S1","date":"2011-05-01","action":"edited","kind":"habitual","proposedQuantity":12,"acceptedQuantity":6}',
      '{"customerId":"C1","productId":"S1","date":"2011-05-20","action":"edited","kind":"habitual","proposedQuantity":12,"acceptedQuantty":30}',
    ].join('\n'));
    const run = await cli('recommend', '--orders', orders, '--as-of', AS_OF, '--feedback', feedback);
    expectOneLine(run, `${feedback}:2: unknown field "acceptedQuantty" (expected customerId, productId, date, action, kind, proposedQuantity, acceptedQuantity, rejectionReason)`);
  });

  it('refuses deeply nested JSON in rules, promotions and feedback with one line, no stack trace', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const rules = file('deep-rules.json', `{\n  "clientRules": [{"name": "x", "appliesTo": ${deep}}]\n}`);
    const promotions = file('deep-promotions.json', `[\n${deep}]`);
    const feedback = file('deep-feedback.jsonl', `{"customerId":${deep}}`);
    expectOneLine(await cli('recommend', '--orders', orders, '--as-of', AS_OF, '--rules', rules), `${rules}:2:75: JSON nested deeper than 32 levels, at "clientRules[0].appliesTo[0]`);
    expectOneLine(await cli('recommend', '--orders', orders, '--as-of', AS_OF, '--promotions', promotions), `${promotions}:2:32: JSON nested deeper than 32 levels, at "[0][0]`);
    expectOneLine(await cli('recommend', '--orders', orders, '--as-of', AS_OF, '--feedback', feedback), `${feedback}:1: nested deeper than 32 levels (at customerId[0]`);
  });
});

describe('recommend and segments --format csv', () => {
  it('neutralises text cells that a spreadsheet would run as formulas, and keeps numbers as numbers', async () => {
    const hostile = file('hostile.csv', [
      CANONICAL_HEADER,
      '=HYPERLINK("http://evil.example"),O1,2011-01-03,@SUM(A1),12,1.50,Mug',
      '=HYPERLINK("http://evil.example"),O2,2011-02-03,@SUM(A1),12,1.50,Mug',
      '-2+3,O3,2011-02-04,+cmd,6,2.10,Tea towel',
    ].join('\n') + '\n');
    const out = join(dir, 'hostile-out.csv');
    const run = await cli('recommend', '--orders', hostile, '--as-of', AS_OF, '--format', 'csv', '--out', out);
    expect(run.code).toBe(0);
    const rows: string[][] = parse(readFileSync(out, 'utf8'));
    const cells = rows.slice(1).flatMap((r) => [r[0], r[3]]);
    expect(new Set(cells)).toEqual(new Set(["'=HYPERLINK(\"http://evil.example\")", "'@SUM(A1)", "'-2+3", "'+cmd"]));
    for (const row of rows.slice(1)) {
      for (const cell of row) expect(cell.charAt(0), cell).not.toMatch(/[=+\-@\t\r]/);
      expect(Number(row[6])).toBeGreaterThan(0); // quantity, a number
    }
    const segments = await cli('segments', '--orders', hostile, '--as-of', AS_OF, '--format', 'csv');
    expect(segments.code).toBe(0);
    const ids = (parse(segments.stdout) as string[][]).slice(1).map((r) => r[0]);
    expect(ids.sort()).toEqual(["'-2+3", "'=HYPERLINK(\"http://evil.example\")"]);
  });
});

describe('recommend --org', () => {
  it('refuses a plain http org other than this machine before anything is sent', async () => {
    const run = await cli('recommend', '--org', 'http://acme.my.salesforce.com', '--account', '001000000000001AAA');
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'optimal-order recommend: --org "http://acme.my.salesforce.com" is plain http: the session would cross the network unencrypted. Use https (http is for localhost, 127.0.0.1 and [::1] only)',
    );
  });
});
