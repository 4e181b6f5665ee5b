import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OPTIONS } from '../../cli/commands/demoCommand.js';
import { EVALUATE_OPTIONS } from '../../cli/commands/evaluateCommand.js';
import { PROPOSAL_OPTIONS } from '../../cli/commands/proposalCommand.js';
import { RECOMMEND_OPTIONS } from '../../cli/commands/recommendCommand.js';
import { REPLAY_OPTIONS } from '../../cli/commands/replayCommand.js';
import { SEGMENTS_OPTIONS } from '../../cli/commands/segmentsCommand.js';
import { HELP } from '../../cli/help.js';
import { canonicalOrders, CANONICAL_HEADER } from '../support/canonicalOrders.js';
import { runCommand } from '../support/runCommand.js';

const cli = runCommand;

const dir = mkdtempSync(join(tmpdir(), 'optimal-order-cli-'));
const ordersFile = join(dir, 'orders.csv');
const laterFile = join(dir, 'orders-with-later.csv');
const AS_OF = '2011-06-01';

beforeAll(() => {
  const rows = canonicalOrders();
  writeFileSync(ordersFile, [CANONICAL_HEADER, ...rows.filter((r) => r.split(',')[2]! < AS_OF)].join('\n') + '\n');
  // The same history plus orders on and after the as-of date: a new customer, new products, and
  // more of the staples. None of it may change the proposals.
  const later = ['C0,L1,2011-06-01,NEW,500,9.99,', 'C1,L2,2011-06-02,S1,1000,1.50,', 'NEWCUST,L3,2011-07-01,S0,12,1.50,'];
  writeFileSync(laterFile, [CANONICAL_HEADER, ...rows, ...later].join('\n') + '\n');
});

describe('optimal-order recommend', () => {
  it('writes one JSON line per customer with an earlier order, best line first', async () => {
    const { code, stdout, stderr } = await cli('recommend', '--orders', ordersFile, '--as-of', AS_OF, '--k', '5');
    expect(code).toBe(0);
    expect(stderr).toMatch(/purchase lines/);
    const proposals = stdout.trim().split('\n').map((l) => JSON.parse(l));
    // Customers come in id order.
    expect(proposals.map((p) => p.customerId)).toEqual(Array.from({ length: 60 }, (_, c) => `C${c}`).sort());
    for (const p of proposals) {
      const c = Number(p.customerId.slice(1));
      expect(['new', 'active', 'at-risk', 'lapsed']).toContain(p.segment);
      // Sized to the customer (its staple and the few random products likely enough), at most --k.
      const habitual = p.items.filter((i: { kind: string }) => i.kind === 'habitual');
      expect(habitual.length).toBeGreaterThanOrEqual(1);
      expect(habitual.length).toBeLessThanOrEqual(5);
      // The staple, bought in every order, comes first, in its usual quantity, at its usual price.
      expect(p.items[0]).toMatchObject({ productId: `S${c % 4}`, kind: 'habitual', quantity: 12, price: { value: 1.5 }, promotion: null });
      expect(p.items[0].price.steps[0]).toMatch(/^median 1\.50 over \d+ orders$/);
      expect(p.items[0].reason).toMatch(/^ordered in \d+ of the last 6 orders, every ~\d+ days?, last \d+ days? ago$/);
      // Sections in order, each ranked by expected value.
      const kinds = p.items.map((i: { kind: string }) => i.kind);
      expect(kinds).toEqual([...kinds].sort((a: string, b: string) => ['habitual', 'development', 'extension'].indexOf(a) - ['habitual', 'development', 'extension'].indexOf(b)));
      for (const kind of ['habitual', 'development', 'extension']) {
        const values = p.items.filter((i: { kind: string }) => i.kind === kind).map((i: { expectedValue: number }) => i.expectedValue);
        expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
      }
      for (const item of p.items) {
        expect(item.probability).toBeGreaterThanOrEqual(0);
        expect(item.probability).toBeLessThanOrEqual(1);
        expect(Number.isInteger(item.quantity) && item.quantity >= 1).toBe(true);
      }
    }
  });

  it('sizes each order to the customer, --k capping it', async () => {
    const sized = (await cli('recommend', '--orders', ordersFile, '--as-of', AS_OF)).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const capped = (await cli('recommend', '--orders', ordersFile, '--as-of', AS_OF, '--k', '1')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const habitual = (p: { items: { kind: string }[] }) => p.items.filter((i) => i.kind === 'habitual').length;
    // Each customer orders its staple and 3 random products of 40: a few lines, more for some than for others.
    expect(Math.max(...sized.map(habitual))).toBeGreaterThan(1);
    expect(capped.map(habitual)).toEqual(capped.map(() => 1));
    for (const p of sized) expect(p.usual).toMatchObject({ lines: 4, value: expect.any(Number), covered: expect.any(Number) });
  });

  it('is not influenced by anything on or after --as-of', async () => {
    const before = await cli('recommend', '--orders', ordersFile, '--as-of', AS_OF);
    const withLater = await cli('recommend', '--orders', laterFile, '--as-of', AS_OF);
    expect(withLater.code).toBe(0);
    expect(withLater.stdout).toBe(before.stdout);
  });

  it('does not depend on the order of the rows in the file', async () => {
    const shuffledFile = join(dir, 'shuffled.csv');
    const rows = readFileSync(ordersFile, 'utf8').trim().split('\n');
    writeFileSync(shuffledFile, [rows[0], ...rows.slice(1).reverse()].join('\n') + '\n');
    const original = await cli('recommend', '--orders', ordersFile, '--as-of', AS_OF);
    const shuffled = await cli('recommend', '--orders', shuffledFile, '--as-of', AS_OF);
    expect(shuffled.stdout).toBe(original.stdout);
  });

  it('writes the same proposals as CSV, quoted where needed, to --out', async () => {
    const out = join(dir, 'proposals.csv');
    const json = await cli('recommend', '--orders', ordersFile, '--as-of', AS_OF, '--k', '3');
    const csv = await cli('recommend', '--orders', ordersFile, '--as-of', AS_OF, '--k', '3', '--format', 'csv', '--out', out);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe('');
    const rows: string[][] = parse(readFileSync(out, 'utf8'));
    expect(rows[0]).toEqual(['customer_id', 'segment', 'rank', 'product_id', 'kind', 'probability', 'quantity', 'price', 'last_price', 'net_discount', 'price_steps', 'promotion', 'expected_value', 'reason']);
    const fromJson = json.stdout.trim().split('\n').flatMap((l) => {
      const p = JSON.parse(l);
      return p.items.map((i: { productId: string; kind: string; probability: number; quantity: number; price: { value: number; steps: string[] }; lastPrice: number | null; netDiscount: number | null; promotion: { name: string } | null; expectedValue: number; reason: string }, r: number) => [
        p.customerId, p.segment, String(r + 1), i.productId, i.kind, String(i.probability), String(i.quantity),
        String(i.price.value), String(i.lastPrice ?? ''), String(i.netDiscount ?? ''), i.price.steps.join(' → '), i.promotion?.name ?? '', String(i.expectedValue), i.reason,
      ]);
    });
    expect(rows.slice(1)).toEqual(fromJson);
  });
});

describe('optimal-order recommend --rules --promotions', () => {
  it('excludes, promotes and prices by the rules, never with an expired promotion', async () => {
    const rules = join(dir, 'rules.json');
    const promotions = join(dir, 'promotions.json');
    writeFileSync(rules, JSON.stringify({ excludedProducts: [{ name: 'discontinued', productIds: ['S0'] }] }));
    writeFileSync(
      promotions,
      JSON.stringify([
        { name: 'spring staples', productIds: ['S1'], discountPercent: 10, validFrom: '2011-05-01', validTo: '2011-06-30' },
        { name: 'old offer', productIds: ['S2'], discountPercent: 50, validFrom: '2011-01-01', validTo: '2011-05-31' },
      ]),
    );
    const { code, stdout } = await cli('recommend', '--orders', ordersFile, '--as-of', AS_OF, '--rules', rules, '--promotions', promotions);
    expect(code).toBe(0);
    const orders = stdout.trim().split('\n').map((l) => JSON.parse(l));
    const byId = new Map(orders.map((o) => [o.customerId, o]));
    expect(byId.get('C0').items.map((i: { productId: string }) => i.productId)).not.toContain('S0');
    const s1 = byId.get('C1').items.find((i: { productId: string }) => i.productId === 'S1');
    expect(s1.promotion).toEqual({ name: 'spring staples', discountPercent: 10, appliedPercent: 10 });
    expect(s1.price.value).toBe(1.35);
    expect(s1.price.steps.at(-1)).toMatch(/spring staples/);
    expect(byId.get('C2').items.find((i: { productId: string }) => i.productId === 'S2').promotion).toBeNull();
  });

  it('stops on a bad rule, naming the file and the rule, before reading the orders', async () => {
    const rules = join(dir, 'bad-rules.json');
    writeFileSync(rules, JSON.stringify({ clientRules: [{ name: 'too generous', appliesTo: 'win-back', discountPercent: 150 }] }));
    const { code, stderr } = await cli('recommend', '--orders', join(dir, 'missing.csv'), '--as-of', AS_OF, '--rules', rules);
    expect(code).toBe(2);
    expect(stderr).toContain(`${rules}: rule "too generous": discountPercent`);
  });
});

describe('optimal-order recommend --feedback', () => {
  it('holds back a rejected novelty and pulls an edited quantity toward the accepted one', async () => {
    const plain = await cli('recommend', '--orders', ordersFile, '--as-of', AS_OF, '--k', '10');
    const first = JSON.parse(plain.stdout.split('\n')[0]!);
    const novelty = first.items.find((i: { kind: string }) => i.kind === 'extension');
    const staple = first.items[0];
    const feedbackFile = join(dir, 'feedback.jsonl');
    const lines = [
      { customerId: first.customerId, productId: staple.productId, date: '2011-05-20', action: 'edited', kind: 'habitual', proposedQuantity: 12, acceptedQuantity: 30 },
      ...(novelty ? [{ customerId: first.customerId, productId: novelty.productId, date: '2011-05-20', action: 'rejected', kind: 'extension', proposedQuantity: 1 }] : []),
    ];
    writeFileSync(feedbackFile, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const after = await cli('recommend', '--orders', ordersFile, '--as-of', AS_OF, '--k', '10', '--feedback', feedbackFile);
    expect(after.code).toBe(0);
    const proposal = JSON.parse(after.stdout.split('\n')[0]!);
    // The median of 12 and 30 is 21; the staple is always ordered by the dozen, so 24, and the reason says so.
    const edited = proposal.items.find((i: { productId: string }) => i.productId === staple.productId);
    expect(edited.quantity).toBe(24);
    expect(edited.reason).toContain('rounded to a multiple of 12, as this customer always orders it');
    if (novelty) expect(proposal.items.map((i: { productId: string }) => i.productId)).not.toContain(novelty.productId);
    const habitual = (items: { kind: string }[]) => items.filter((i) => i.kind === 'habitual').length;
    expect(habitual(proposal.items)).toBe(habitual(first.items));
  });

  it('names the line and field of a bad feedback record', async () => {
    const bad = join(dir, 'bad-feedback.jsonl');
    writeFileSync(bad, '{"customerId":"C1"}\n');
    const { code, stderr } = await cli('recommend', '--orders', ordersFile, '--as-of', AS_OF, '--feedback', bad);
    expect(code).toBe(2);
    expect(stderr).toContain(`${bad}:1: field "productId" must be a non-empty string`);
  });
});

describe('optimal-order replay', () => {
  it('prints a row per month with precision without and with feedback', async () => {
    const { code, stdout } = await cli('replay', '--orders', ordersFile, '--from', '2011-04', '--months', '2');
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').slice(2);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(['2011-04', '2011-05']);
    // The first month has no feedback yet: both columns are the same.
    const first = rows[0]!.split(/\s+/);
    expect(first[2]).toBe('0');
    expect(first[3]).toBe(first[4]);
  });
});

describe('optimal-order evaluate', () => {
  it('prints the engine and every baseline on the split', async () => {
    const { code, stdout } = await cli('evaluate', '--orders', laterFile, '--cutoff', '2011-05-15', '--horizon', '30');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Next order in \[2011-05-15, 2011-06-14\): \d+ customers/);
    for (const model of ['Optimal Order habitual', 'G-TopFreq', 'P-TopFreq', 'TIFU-KNN (m=7', 'TIFU-KNN (m=3']) expect(stdout).toContain(model);
    // The staple is in every target order, so every personal model finds it: recall > 0.
    const engineRow = stdout.split('\n').find((l) => l.startsWith('Optimal Order habitual'))!;
    expect(Number(engineRow.split(/\s{2,}/)[1])).toBeGreaterThan(0.2);
  });
});

describe('bad input and bad flags', () => {
  it('names the file and line of a malformed row, exits 2, and prints no stack trace', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${CANONICAL_HEADER}\nC1,O1,2011-01-03,A,1,1.0,\nC1,O2,2011-02-30,A,1,1.0,\n`);
    const { code, stderr } = await cli('recommend', '--orders', bad, '--as-of', AS_OF);
    expect(code).toBe(2);
    expect(stderr).toContain(`optimal-order recommend: ${bad}:3: `);
    expect(stderr).toContain('2011-02-30');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says which required flag is missing', async () => {
    const { code, stderr } = await cli('recommend', '--orders', ordersFile);
    expect(code).toBe(2);
    expect(stderr).toContain('--as-of is required');
    expect(stderr).toContain('Usage: optimal-order recommend');
  });

  it('rejects an unknown flag, a bad date and a bad k', async () => {
    expect((await cli('recommend', '--orders', ordersFile, '--as-of', AS_OF, '--colour', 'red')).stderr).toMatch(/--colour/);
    expect((await cli('recommend', '--orders', ordersFile, '--as-of', '2011-13-01')).stderr).toContain("--as-of must be a date as YYYY-MM-DD, got '2011-13-01'");
    expect((await cli('evaluate', '--orders', ordersFile, '--cutoff', AS_OF, '--horizon', '0')).code).toBe(2);
    expect((await cli('bogus')).code).toBe(2);
  });

  it('documents every flag of every command in its --help', async () => {
    const commands = { recommend: RECOMMEND_OPTIONS, proposal: PROPOSAL_OPTIONS, evaluate: EVALUATE_OPTIONS, demo: DEMO_OPTIONS, replay: REPLAY_OPTIONS, segments: SEGMENTS_OPTIONS };
    for (const [command, options] of Object.entries(commands)) {
      const { code, stdout } = await cli(command, '--help');
      expect(code).toBe(0);
      expect(stdout).toBe(HELP[command] + '\n');
      for (const flag of Object.keys(options)) expect(stdout, `${command} --${flag}`).toContain(`--${flag}`);
    }
    const main = await cli('--help');
    for (const command of Object.keys(commands)) expect(main.stdout).toContain(command);
  });
});
