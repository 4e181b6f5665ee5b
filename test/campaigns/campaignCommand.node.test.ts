import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalOrders, CANONICAL_HEADER } from '../support/canonicalOrders.js';
import { runCommand as cli } from '../support/runCommand.js';

const dir = mkdtempSync(join(tmpdir(), 'optimal-order-campaign-'));
const ordersFile = join(dir, 'orders.csv');
const promotionsFile = join(dir, 'promotions.json');
const exclusionsFile = join(dir, 'exclusions.json');
const outFile = join(dir, 'campaign.jsonl');
const base = ['--orders', ordersFile, '--as-of', '2011-06-01'];

beforeAll(() => {
  writeFileSync(ordersFile, [CANONICAL_HEADER, ...canonicalOrders()].join('\n') + '\n');
  writeFileSync(promotionsFile, JSON.stringify([{ name: 'June <deal>', productIds: ['P3', 'P7'], discountPercent: 15, validFrom: '2011-06-01', validTo: '2011-06-30' }]));
});

const parse = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('optimal-order campaign', () => {
  it('writes accounts best first as JSON lines, each with propensity, kind, expected value and reason', async () => {
    const { code, stdout } = await cli('campaign', ...base, '--product', 'P5', '--top', '5');
    expect(code).toBe(0);
    const lines = parse(stdout);
    expect(lines).toHaveLength(5);
    for (const l of lines) {
      expect(l).toMatchObject({ productId: 'P5', kind: expect.stringMatching(/^(cross-sell|reactivation)$/), reason: expect.any(String) });
      expect(l.propensity).toBeGreaterThan(0);
      expect(l.propensity).toBeLessThan(1);
      // P5 sells at 2.10 in lines of 1–6: an order of it is worth 2.10–12.60, times the propensity.
      expect(l.expectedValue as number).toBeGreaterThanOrEqual((l.propensity as number) * 2.1 - 1e-9);
      expect(l.expectedValue as number).toBeLessThanOrEqual((l.propensity as number) * 12.6 + 1e-9);
    }
    const p = lines.map((l) => l.propensity as number);
    expect([...p].sort((a, b) => b - a)).toEqual(p);
  });

  it('targets a promotion’s products, leaves out excluded accounts, and writes Spanish messages to --out', async () => {
    const all = parse((await cli('campaign', ...base, '--promotion', 'June <deal>', '--promotions', promotionsFile, '--kind', 'cross-sell')).stdout);
    expect(new Set(all.map((l) => l.productId))).toEqual(new Set(['P3', 'P7']));
    const [first, second] = all.map((l) => l.customerId as string);
    writeFileSync(exclusionsFile, JSON.stringify({ optedOut: [first], lastContacted: { [second!]: '2011-05-20' } }));
    const { code } = await cli('campaign', ...base, '--promotion', 'June <deal>', '--promotions', promotionsFile, '--kind', 'cross-sell', '--exclusions', exclusionsFile, '--message', '--locale', 'es', '--out', outFile);
    expect(code).toBe(0);
    const written = parse(readFileSync(outFile, 'utf8'));
    expect(written.map((l) => l.customerId)).toEqual(all.map((l) => l.customerId).filter((c) => c !== first && c !== second));
    expect(written[0]!.message).toMatch(/^Hola, C\d+:/);
    expect(written[0]!.message).toContain('June &lt;deal&gt;: 15\u00a0% de descuento');
  });

  it('exits 2 naming the bad argument', async () => {
    const both = await cli('campaign', ...base, '--product', 'P5', '--group', 'P');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give exactly one of --product, --group, --promotion (got --product, --group)');
    const kind = await cli('campaign', ...base, '--product', 'P5', '--kind', 'upsell');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("--kind must be one of cross-sell, up-sell, reactivation, all, got 'upsell'");
    const unknown = await cli('campaign', ...base, '--product', 'P5,NOPE');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no order holds product NOPE');
    const promotion = await cli('campaign', ...base, '--promotion', 'Missing', '--promotions', promotionsFile);
    expect(promotion.code).toBe(2);
    expect(promotion.stderr).toContain(`--promotion 'Missing' is not in ${promotionsFile}`);
  });
});
