import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INSIGHTS_FILE_NAME, MODEL_FILE_NAME, TIMINGS_PREFIX } from '../../cli/commands/prepareToFiles.js';
import { readOrderFile } from '../../cli/readOrderFile.js';
import {
  customerLines,
  decodeAccountInsight,
  decodePreparedModel,
  fitFromPrepared,
  fitOptimalOrder,
  HistoryBuilder,
  parseDateTime,
  type AccountInsight,
} from '../../engine/index.js';
import { canonicalOrders, CANONICAL_HEADER } from '../support/canonicalOrders.js';
import { runCommand } from '../support/runCommand.js';

const dir = mkdtempSync(join(tmpdir(), 'optimal-order-prepare-files-'));
const ordersFile = join(dir, 'orders.csv');
const AS_OF = '2011-06-01';

beforeAll(() => {
  // 60 customers, and one more whose only order comes after the as-of date: it gets no insight.
  writeFileSync(ordersFile, [CANONICAL_HEADER, ...canonicalOrders(), 'LATECOMER,L1,2011-07-01,S0,12,1.50,'].join('\n') + '\n');
});

describe('optimal-order prepare --orders … --out DIR', () => {
  it('writes the shared part without any account id, and one insight per customer with history', async () => {
    const out = join(dir, 'model');
    const { code, stdout, stderr } = await runCommand('prepare', '--orders', ordersFile, '--as-of', AS_OF, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/prepared model of \d+ accounts and \d+ products written to .*model\.json .* 60 account insights to .*accounts\.jsonl/);
    const { history } = await readOrderFile(ordersFile);
    const modelText = readFileSync(join(out, MODEL_FILE_NAME), 'utf8');
    for (const id of history.customerIds) expect(modelText.includes(`"${id}"`), `account ${id} in model.json`).toBe(false);
    const model = decodePreparedModel(modelText);
    expect(model.asOf).toBe(parseDateTime(AS_OF));

    const lines = readFileSync(join(out, INSIGHTS_FILE_NAME), 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    const insights = lines.map((l, i) => decodeAccountInsight(l, `accounts.jsonl:${i + 1}`));
    expect(insights.map((i) => i.accountId).sort()).toEqual(history.customerIds.filter((id) => id !== 'LATECOMER').sort());
    for (const insight of insights) {
      expect(insight).toMatchObject({ modelAsOf: model.asOf, engineVersion: model.engineVersion });
      expect(insight.products.every((p) => model.productIds.includes(p))).toBe(true);
    }

    // Progress and the phases' timings on stderr, for the bench.
    const timings = JSON.parse(stderr.split('\n').find((l) => l.startsWith(TIMINGS_PREFIX))!.slice(TIMINGS_PREFIX.length));
    expect(timings).toMatchObject({ accounts: 60, modelBytes: Buffer.byteLength(modelText), insightBytes: lines.join('\n').length + 1 });
    for (const phase of ['loadMs', 'fitMs', 'sharedMs', 'insightsMs', 'writeMs']) expect(timings[phase]).toBeGreaterThanOrEqual(0);
    expect(stderr).toMatch(/account insights: 61\/61/);
  });

  it('gives, from the two files and an account\'s own lines, the order the whole fit gives', async () => {
    const out = join(dir, 'views');
    expect((await runCommand('prepare', '--orders', ordersFile, '--as-of', AS_OF, '--out', out)).code).toBe(0);
    const model = decodePreparedModel(readFileSync(join(out, MODEL_FILE_NAME), 'utf8'));
    const insights = new Map<string, AccountInsight>();
    for (const line of readFileSync(join(out, INSIGHTS_FILE_NAME), 'utf8').trim().split('\n')) {
      const insight = decodeAccountInsight(line);
      insights.set(insight.accountId, insight);
    }
    const { history } = await readOrderFile(ordersFile);
    const asOf = parseDateTime(AS_OF);
    const whole = fitOptimalOrder(history, asOf);
    let changedByInsight = 0;
    for (const id of ['C0', 'C7', 'C33', 'C59']) {
      const c = history.customerIndex.get(id)!;
      const builder = new HistoryBuilder({ ids: model.productIds, names: model.productNames });
      for (const line of customerLines(history, c)) builder.add(line);
      const own = builder.build();
      const view = fitFromPrepared(model, own, asOf, {}, new Map([[id, insights.get(id)!]])).propose(own.customerIndex.get(id)!);
      expect(view, `account ${id}`).toEqual(whole.propose(c));
      // Without its insight the account still gets an order, from its own lines, but not always the same one.
      const alone = fitFromPrepared(model, own, asOf).propose(own.customerIndex.get(id)!);
      expect(alone?.items.length).toBeGreaterThan(0);
      if (JSON.stringify(alone) !== JSON.stringify(view)) changedByInsight++;
    }
    expect(changedByInsight).toBeGreaterThan(0);
  });

  it('refuses bad flags with exit code 2, naming them', async () => {
    const out = join(dir, 'bad');
    const missing = await runCommand('prepare', '--orders', ordersFile, '--out', out);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('--as-of is required') });
    const noOut = await runCommand('prepare', '--orders', ordersFile, '--as-of', AS_OF);
    expect(noOut).toMatchObject({ code: 2, stderr: expect.stringContaining('--out is required') });
    const preset = await runCommand('prepare', '--orders', ordersFile, '--preset', 'sap', '--as-of', AS_OF, '--out', out);
    expect(preset).toMatchObject({ code: 2, stderr: expect.stringContaining("--preset must be one of canonical, online-retail, got 'sap'") });
    const date = await runCommand('prepare', '--orders', ordersFile, '--as-of', '2011-13-01', '--out', out);
    expect(date).toMatchObject({ code: 2, stderr: expect.stringContaining('--as-of must be a date') });
    const both = await runCommand('prepare', '--orders', ordersFile, '--org', 'https://example.my.salesforce.com', '--as-of', AS_OF, '--out', out);
    expect(both).toMatchObject({ code: 2, stderr: expect.stringContaining("'--org'") });
    const noFile = await runCommand('prepare', '--orders', join(dir, 'none.csv'), '--as-of', AS_OF, '--out', out);
    expect(noFile).toMatchObject({ code: 2, stderr: expect.stringContaining('none.csv: file not found') });
  });
});
