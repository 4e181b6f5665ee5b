import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { CANONICAL_HEADER } from '../support/canonicalOrders.js';
import { runCommand } from '../support/runCommand.js';

const cli = runCommand;

const dir = mkdtempSync(join(tmpdir(), 'optimal-order-segments-'));
const ordersFile = join(dir, 'orders.csv');
const AS_OF = '2011-07-01';
const DAY = 86_400_000;

/** Orders of `value` (quantity 10 × unit price) on each day, counted back from the as-of date. */
function rows(customer: string, daysBefore: number[], unitPrice: number): string[] {
  return daysBefore.map((d, i) => `${customer},${customer}-${i},${new Date(Date.parse(AS_OF) - d * DAY).toISOString().slice(0, 10)},P1,10,${unitPrice},"BOX, LARGE"`);
}

beforeAll(() => {
  writeFileSync(
    ordersFile,
    [
      CANONICAL_HEADER,
      ...rows('ACTIVE', [130, 100, 70, 40, 10], 10), // every 30 days, last 10 days ago
      ...rows('LATE', [180, 150, 120, 90, 60], 10), // every 30 days, last 60 days ago: at risk
      ...rows('GONE', [290, 270, 250, 230, 210], 5), // every 20 days, last 210 days ago: lapsed
      ...rows('BIG', [100, 90, 80], 100), // every 10 days, last 80 days ago: lapsed, worth most
      ...rows('ONCE', [5], 10), // one order: new
      ...rows('OLDONCE', [120], 10), // one order 120 days ago: one-time
      'LATER,X,2011-07-02,P1,10,1.00,', // after the as-of date: not listed
      'ACTIVE,Y,2011-07-20,P1,10,1.00,', // ACTIVE orders again 19 days after as-of: its segment's return rate
    ].join('\n') + '\n',
  );
});

describe('optimal-order segments', () => {
  it('writes one JSON line per customer with an earlier order, in id order, with its segment and why', async () => {
    const { code, stdout, stderr } = await cli('segments', '--orders', ordersFile, '--as-of', AS_OF);
    expect(code).toBe(0);
    expect(stderr).toContain('6 customers: 1 new, 1 one-time, 1 active, 1 at-risk, 2 lapsed\n');
    expect(stderr).toContain(
      'ordered again within 62 days after 2011-07-01 (the file goes on): new 0.0 % of 1, one-time 0.0 % of 1, active 100.0 % of 1, at-risk 0.0 % of 1, lapsed 0.0 % of 2\n',
    );
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.customerId, l.segment])).toEqual([
      ['ACTIVE', 'active'], ['BIG', 'lapsed'], ['GONE', 'lapsed'], ['LATE', 'at-risk'], ['OLDONCE', 'one-time'], ['ONCE', 'new'],
    ]);
    expect(lines[3]).toEqual({
      customerId: 'LATE', segment: 'at-risk', recencyDays: 60, orders: 5, orderDays: 5, intervalDays: 30, allowanceDays: 52.5,
      stability: 1, monetary: 500, orderValue: 100, valueAtStake: 206.67, reason: 'orders every ~4 weeks, last order 9 weeks ago, later than usual',
    });
    expect(lines[5]).toMatchObject({ intervalDays: null, allowanceDays: null, valueAtStake: 0 });
    expect(lines[4]).toMatchObject({ segment: 'one-time', recencyDays: 120, reason: 'one order only, 4 months ago: to reactivate' });
  });

  it('writes the win-back list by value at stake, as CSV to --out', async () => {
    const out = join(dir, 'win-back.csv');
    const { code, stdout } = await cli('segments', '--orders', ordersFile, '--as-of', AS_OF, '--win-back', '--format', 'csv', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const table: string[][] = parse(readFileSync(out, 'utf8'));
    expect(table[0]).toEqual([
      'customer_id', 'segment', 'recency_days', 'orders', 'order_days', 'interval_days', 'allowance_days', 'stability',
      'monetary', 'order_value', 'value_at_stake', 'reason', 'offer', 'discount_percent', 'rule',
    ]);
    // BIG: 1000 every 10 days → 6200 over 62 days; LATE: 100 every 30 → 206.67; GONE: 50 every 20 → 155.
    expect(table.slice(1).map((r) => [r[0], r[10]])).toEqual([['BIG', '6200'], ['LATE', '206.67'], ['GONE', '155']]);
    expect(table[1]!.slice(12)).toEqual(['', '0', '']);
  });

  it('gives each win-back customer the offer of the win-back client rule of --rules', async () => {
    const rulesFile = join(dir, 'rules.json');
    writeFileSync(rulesFile, JSON.stringify({
      clientRules: [
        { name: 'welcome', appliesTo: 'new', discountPercent: 5, offer: 'welcome pack' },
        { name: 'come back', appliesTo: 'win-back', discountPercent: 10, offer: '10 % off, free delivery' },
      ],
    }));
    const { code, stdout } = await cli('segments', '--orders', ordersFile, '--as-of', AS_OF, '--win-back', '--rules', rulesFile);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.customerId, l.rule, l.offer, l.discountPercent])).toEqual([
      ['BIG', 'come back', '10 % off, free delivery', 10],
      ['LATE', 'come back', '10 % off, free delivery', 10],
      ['GONE', 'come back', '10 % off, free delivery', 10],
    ]);
  });

  it('names the file and the rule of a bad --rules, and exits 2 without a stack trace', async () => {
    const bad = join(dir, 'bad-rules.json');
    writeFileSync(bad, JSON.stringify({ clientRules: [{ name: 'come back', appliesTo: 'win-back', discountPercent: 150 }] }));
    const { code, stdout, stderr } = await cli('segments', '--orders', ordersFile, '--as-of', AS_OF, '--win-back', '--rules', bad);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`optimal-order segments: ${bad}: rule "come back": `);
    expect(stderr).toContain('discountPercent');
    expect(stderr).not.toMatch(/\n\s+at /);
    const missing = await cli('segments', '--orders', ordersFile, '--as-of', AS_OF, '--rules', join(dir, 'none.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('none.json: file not found');
  });

  it('rejects a missing or bad --as-of with the usage', async () => {
    const missing = await cli('segments', '--orders', ordersFile);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--as-of is required');
    expect(missing.stderr).toContain('Usage: optimal-order segments');
    expect((await cli('segments', '--orders', ordersFile, '--as-of', '2011-02-30')).stderr).toContain("--as-of must be a date as YYYY-MM-DD, got '2011-02-30'");
  });
});
