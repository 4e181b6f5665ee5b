import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CANONICAL_HEADER, canonicalOrders } from '../support/canonicalOrders.js';
import { runCommand } from '../support/runCommand.js';

let orders: string;

beforeAll(() => {
  orders = join(mkdtempSync(join(tmpdir(), 'oo-simulate-')), 'orders.csv');
  writeFileSync(orders, [CANONICAL_HEADER, ...canonicalOrders({ customers: 80, days: 200 })].join('\n') + '\n');
});

const flags = (...more: string[]) => ['simulate', '--orders', orders, '--from', '2011-05', '--months', '2', ...more];

describe('optimal-order simulate', () => {
  it('prints the impact table per month, the verdict, and the summary as the last JSON line', async () => {
    const { code, stdout, stderr } = await runCommand(...flags('--control', '0.3', '--planted-uplift', '0.1', '--format', 'json'));
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^\s*month\s+proposals\s+accepted/m);
    expect(stdout).toMatch(/^2011-05 /m);
    expect(stdout).toMatch(/^2011-06 /m);
    const last = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(last.planted).toBe(0.1);
    expect(last.accounts.treated + last.accounts.control).toBe(last.months[0].treated + last.months[0].control + last.months[1].treated + last.months[1].control);
    expect(last.accounts.control).toBeGreaterThan(0);
    expect(last.uplift.ci95[0]).toBeLessThan(last.uplift.estimate);
    expect(last.uplift.ci95[1]).toBeGreaterThan(last.uplift.estimate);
    expect(stderr).toMatch(/simulated 2011-06: \d+ treated, \d+ control, [1-9]\d* feedback records/);
  }, 60_000);

  it('says there is nothing to compare without a control group', async () => {
    const { code, stdout } = await runCommand(...flags('--control', '0', '--planted-uplift', '0.1', '--locale', 'es'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/sin grupo de comparación/);
  }, 60_000);

  it('refuses a control share outside 0 to 1 and a month that is not one', async () => {
    const bad = await runCommand(...flags('--control', '1.5', '--planted-uplift', '0.1'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--control must be a number from 0 to 1, got '1.5'/);
    const month = await runCommand('simulate', '--orders', orders, '--from', '2011-13', '--months', '1', '--control', '0.3', '--planted-uplift', '0');
    expect(month.code).toBe(2);
    expect(month.stderr).toMatch(/--from must be a month as YYYY-MM/);
  });
});
