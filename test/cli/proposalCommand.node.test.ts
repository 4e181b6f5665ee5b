import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalOrders, CANONICAL_HEADER } from '../support/canonicalOrders.js';
import { runCommand } from '../support/runCommand.js';

const cli = runCommand;

const dir = mkdtempSync(join(tmpdir(), 'optimal-order-proposal-'));
const ordersFile = join(dir, 'orders.csv');
const rulesFile = join(dir, 'rules.json');
const AS_OF = '2011-06-01';
const base = ['--orders', ordersFile, '--as-of', AS_OF, '--rep', 'Ana <Sales> López'];

beforeAll(() => {
  // C0..C59 from the shared test file, plus a customer whose staple has a name made to break HTML.
  const evil = Array.from({ length: 6 }, (_, i) => `EVIL,E${i},2011-0${i + 1}-10,X1,5,3.00,<script>alert(1)</script> & co`);
  writeFileSync(ordersFile, [CANONICAL_HEADER, ...canonicalOrders().filter((r) => r.split(',')[2]! < AS_OF), ...evil].join('\n') + '\n');
  writeFileSync(rulesFile, JSON.stringify({ clientRules: [{ name: 'keep them', appliesTo: 'active', offer: 'Free delivery this month' }] }));
});

describe('optimal-order proposal', () => {
  it('prints the customer’s proposal in English: its lines, prices, total, validity and signature', async () => {
    const { code, stdout } = await cli('proposal', ...base, '--customer', 'C1', '--rules', rulesFile);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Proposed order for C1\n/);
    // C1's staple S1, 12 at £1.50, is its first line.
    expect(stdout).toMatch(/^- 12 × STAPLE 1, BOX OF 12 \(S1\) at £1\.50: £18\.00$/m);
    // The order is sized to C1 (its staple, maybe more): one line or several.
    expect(stdout).toMatch(/^Total: £[\d,.]+ \((1 line|\d+ lines), \d+ units\)$/m);
    expect(stdout).toContain('Free delivery this month');
    expect(stdout).toContain('These prices are valid until June 15, 2011.');
    expect(stdout.trimEnd().endsWith('Ana <Sales> López')).toBe(true);
  });

  it('speaks Spanish with --locale es, with Spanish numbers, money and dates', async () => {
    const { code, stdout } = await cli('proposal', ...base, '--customer', 'C1', '--locale', 'es', '--currency', 'eur', '--valid-days', '30');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Propuesta de pedido para C1\n/);
    expect(stdout).toMatch(/^- 12 × STAPLE 1, BOX OF 12 \(S1\) a 1,50\u00a0€: 18,00\u00a0€$/m);
    expect(stdout).toContain('válidos hasta el 1 de julio de 2011');
  });

  it('escapes every value in HTML: product names and the rep’s name', async () => {
    const { code, stdout } = await cli('proposal', ...base, '--customer', 'EVIL', '--format', 'html');
    expect(code).toBe(0);
    expect(stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(stdout).toContain('Ana &lt;Sales&gt; López');
    expect(stdout).not.toContain('<script>');
  });

  it('stops with exit 2 naming the problem: unknown customer, bad currency, missing rep', async () => {
    const unknown = await cli('proposal', ...base, '--customer', 'NOBODY');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no customer 'NOBODY'");
    const currency = await cli('proposal', ...base, '--customer', 'C1', '--currency', 'POUNDS');
    expect(currency.code).toBe(2);
    expect(currency.stderr).toContain("--currency must be an ISO 4217 code such as GBP or EUR, got 'POUNDS'");
    const rep = await cli('proposal', '--orders', ordersFile, '--as-of', AS_OF, '--customer', 'C1');
    expect(rep.code).toBe(2);
    expect(rep.stderr).toContain('--rep is required');
  });

  it('refuses an HTML template that would print a value unescaped', async () => {
    const template = join(dir, 'raw.mustache');
    writeFileSync(template, '<p>{{{customer.label}}}</p>');
    const { code, stderr } = await cli('proposal', ...base, '--customer', 'C1', '--format', 'html', '--template', template);
    expect(code).toBe(2);
    expect(stderr).toContain('{{{customer.label}}} would output a value unescaped');
  });
});
