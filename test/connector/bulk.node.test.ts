/**
 * Org-scale reading and writing (issue 13): order lines by a Bulk API 2.0 query above a threshold
 * (the same lines as REST paging), and account insights by Bulk API 2.0 upserts on their key
 * (one record per account however often `prepare` runs; refused rows reported by account and field).
 */
import { describe, expect, it } from 'vitest';
import { createSalesforceConnector, historyFromOrgLines, PACKAGE_OBJECTS, type ConnectorOptions } from '../../connector/index.js';
import { decodeAccountInsight, fitOptimalOrder, parseDateTime, type AccountInsight } from '../../engine/index.js';
import { FAKE_INSTANCE_URL, seedOrg, type SeedLine } from '../../fake-org/index.js';
import { useFakeOrg } from '../support/useFakeOrg.js';
import { MODEL_AS_OF } from './pinModel.js';

const fake = useFakeOrg();
const I = PACKAGE_OBJECTS.accountInsight;

/** A connector of the integration user, polling Bulk jobs without waiting. */
function integration(options: Partial<ConnectorOptions> = {}) {
  return createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: fake.org.issueSession(fake.users.integration), retry: { sleep: async () => {} }, ...options, bulk: { pollIntervalMs: 1, ...options.bulk } });
}

/** Requests the org answered on a path, since `from`. */
const requestsTo = (pattern: RegExp, from = 0) => fake.org.requests.slice(from).filter((r) => pattern.test(r.path));

/** Every account's insight from a fit on the whole org. */
async function insightsOfOrg(): Promise<AccountInsight[]> {
  const { history } = historyFromOrgLines(await integration().loadAllOrderLines());
  const fitted = fitOptimalOrder(history, parseDateTime(MODEL_AS_OF));
  return history.customerIds.map((_, c) => fitted.insight(c)).filter((i): i is AccountInsight => i !== null);
}

describe('order lines above the threshold come from a Bulk API 2.0 query', () => {
  it('a threshold under the org’s lines takes the Bulk path (several result pages) and gives exactly the REST lines, in the same order', async () => {
    // More lines, with a price left empty, a quote and a comma in names: what CSV must carry.
    const lines: SeedLine[] = [];
    for (let o = 0; o < 30; o++) for (let i = 0; i < 4; i++) lines.push({ accountNumber: `B${o % 5}`, accountName: `Buyer, "${o % 5}"`, country: 'UK', orderName: `X${o}`, orderDate: `2011-0${1 + (o % 6)}-1${o % 9}`, productCode: `P${i}`, productName: `Product ${i}, "big"`, quantity: 1 + i + o / 10, unitPrice: i === 3 ? 0 : 1.25 * i });
    seedOrg(fake.org.store, lines);
    const total = fake.org.store.count('OrderItem');

    const before = fake.org.requests.length;
    const rest = await integration().loadAllOrderLines();
    expect(requestsTo(/^\/jobs\//, before)).toHaveLength(0);
    expect(rest).toHaveLength(total);

    const seen: number[] = [];
    const start = fake.org.requests.length;
    const bulk = await integration({ bulkQueryThreshold: total - 1, bulk: { queryPageRows: 50 } }).loadAllOrderLines((soFar, all) => {
      expect(all).toBe(total);
      seen.push(soFar);
    });
    expect(requestsTo(/^\/jobs\/query(\?|$)/, start).map((r) => r.method)).toEqual(['POST']);
    expect(requestsTo(/^\/jobs\/query\/750\w+\/results(\?|$)/, start)).toHaveLength(Math.ceil(total / 50));
    expect(requestsTo(/^\/query(\?|$)/, start).map((r) => decodeURIComponent(r.path))).toEqual(['/query?q=SELECT COUNT() FROM OrderItem']); // only the count
    expect(seen).toEqual([...Array(Math.ceil(total / 50)).keys()].map((p) => Math.min(total, (p + 1) * 50)));
    expect(bulk).toEqual(rest);
    expect(bulk.some((l) => l.productName === 'Product 1, "big"')).toBe(true);
  });
});

describe('account insights are upserted with Bulk API 2.0 on their key', () => {
  it('twice: one record per account, the second run updating each with the new text', async () => {
    const insights = await insightsOfOrg();
    expect(insights.length).toBe(fake.ids.accounts.size);
    const c = integration();
    const first = await c.saveInsights(insights);
    expect(first).toEqual({ created: insights.length, updated: 0, failed: [] });
    const second = await c.saveInsights(insights.map((i) => ({ ...i, scores: i.scores.map((s) => s / 2) })));
    expect(second).toEqual({ created: 0, updated: insights.length, failed: [] });
    const records = [...fake.org.store.records(I.object)];
    expect(records).toHaveLength(insights.length);
    for (const insight of insights) {
      const record = fake.org.store.findByExternalId(I.object, I.accountKey, insight.accountId)!;
      expect(record[I.account]).toBe(insight.accountId);
      expect(decodeAccountInsight(String(record[I.data])).scores).toEqual(insight.scores.map((s) => s / 2));
      expect(record[I.modelAsOf]).toBe(new Date(insight.modelAsOf).toISOString());
    }
  });

  it('splits a large write into several jobs, and reports each refused row by account id and field', async () => {
    const insights = await insightsOfOrg();
    const missing = '001000000000zzzAAA';
    const long = { ...insights[1]!, products: Array.from({ length: 3000 }, (_, i) => `LONG-PRODUCT-${i}`), scores: Array.from({ length: 3000 }, () => 0.5) };
    const all = [...insights, { ...insights[0]!, accountId: missing }];
    const before = fake.org.requests.length;
    const written: number[] = [];
    const saved = await integration({ bulk: { ingestJobChars: 1 } }).saveInsights([...all, long], (n) => written.push(n));
    expect(requestsTo(/^\/jobs\/ingest(\?|$)/, before).filter((r) => r.method === 'POST')).toHaveLength(all.length);
    // Told after each job how many rows are done (written or refused).
    expect(written).toHaveLength(all.length);
    expect(written.at(-1)).toBe(all.length + 1);
    expect(saved.created).toBe(insights.length);
    expect([...saved.failed].sort((a, b) => (a.errorCode < b.errorCode ? -1 : 1))).toEqual([
      { accountId: missing, field: I.account, errorCode: 'INVALID_CROSS_REFERENCE_KEY', message: expect.stringContaining(missing) },
      // Over what Bulk API writes in a field: reported, not sent (the record written before stays).
      { accountId: long.accountId, field: I.data, errorCode: 'STRING_TOO_LONG', message: expect.stringMatching(/more than the 32000 Bulk API 2\.0 writes in a field/) },
    ]);
    expect(fake.org.store.findByExternalId(I.object, I.accountKey, missing)).toBeUndefined();
  });

  it('a rep, who may only read insights, writes none: each row refused, none dropped', async () => {
    const insights = await insightsOfOrg();
    const rep = createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: fake.org.issueSession(fake.users.rep), retry: { sleep: async () => {} }, bulk: { pollIntervalMs: 1 } });
    const saved = await rep.saveInsights(insights);
    expect(saved.created + saved.updated).toBe(0);
    expect(saved.failed.map((f) => f.accountId).sort()).toEqual(insights.map((i) => i.accountId).sort());
    expect(new Set(saved.failed.map((f) => f.errorCode))).toEqual(new Set(['INSUFFICIENT_ACCESS_OR_READONLY']));
    expect(fake.org.store.count(I.object)).toBe(0);
  });
});
