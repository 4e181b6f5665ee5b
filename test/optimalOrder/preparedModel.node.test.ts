/**
 * A prepared model on the real shared data: stored as text and read back, it proposes to an
 * account from that account's orders and its insight alone exactly what the engine fitted on every
 * account does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readOrderFile } from '../../cli/readOrderFile.js';
import { SHARED_ORDERS } from '../../cli/sharedData.js';
import { customerLines, MAX_INSIGHT_CHARS, decodeAccountInsight, decodePreparedModel, encodeAccountInsight, encodePreparedModel, fitFromPrepared, fitOptimalOrder, HistoryBuilder, parseDateTime, type FittedOptimalOrder, type OrderHistory, type PreparedModel } from '../../engine/index.js';
import rules from '../../examples/rules.json' with { type: 'json' };
import promotions from '../../examples/promotions.json' with { type: 'json' };
import { parsePromotions, parseRules } from '../../engine/index.js';

const AS_OF = parseDateTime('2011-09-01');
const options = { rules: parseRules(rules), promotions: parsePromotions(promotions) };

let history: OrderHistory;
let full: FittedOptimalOrder;
let model: PreparedModel;

beforeAll(async () => {
  ({ history } = await readOrderFile(SHARED_ORDERS, { preset: 'online-retail' }));
  full = fitOptimalOrder(history, AS_OF, options);
  model = decodePreparedModel(encodePreparedModel(full.prepare()));
}, 60_000);

describe('a prepared model of the shared Online Retail data', () => {
  it('proposes to every 25th customer, from its own orders, what the whole-history fit proposes', () => {
    let compared = 0;
    for (let c = 0; c < history.customerIds.length; c += 25) {
      const expected = full.propose(c);
      if (!expected) continue;
      const builder = new HistoryBuilder({ ids: model.productIds, names: model.productNames });
      for (const line of customerLines(history, c)) builder.add(line);
      const insight = decodeAccountInsight(encodeAccountInsight(full.insight(c)!));
      const insights = new Map([[insight.accountId, insight]]);
      expect(fitFromPrepared(model, builder.build(), AS_OF, options, insights).propose(0), `customer ${history.customerIds[c]}`).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('holds no customer id of the input: no text of it is one, but for product codes that happen to be written alike', () => {
    const ids = new Set(history.customerIds);
    const json = JSON.parse(encodePreparedModel(full.prepare())) as Record<string, unknown>;
    // Online Retail numbers customers and many products alike (customer 15030, product 15030): those are products.
    expect((json.productIds as string[]).filter((s) => ids.has(s)).every((s) => history.productIndex.has(s))).toBe(true);
    delete json.productIds;
    const strings: string[] = [];
    JSON.parse(JSON.stringify(json), (_key, value: unknown) => (typeof value === 'string' && strings.push(value), value));
    expect(strings.length).toBeGreaterThan(history.productIds.length); // product names, demand
    expect(strings.filter((s) => ids.has(s))).toEqual([]);
  });

  it('gives every customer with an order an insight of a few KB, well inside a Long Text Area', () => {
    const sizes = [...full.segments.keys()].map((c) => encodeAccountInsight(full.insight(c)!).length).sort((a, b) => a - b);
    expect(sizes.length).toBe(model.customers);
    expect(sizes[sizes.length >> 1]).toBeLessThan(4_000);
    expect(sizes[sizes.length - 1]).toBeLessThan(MAX_INSIGHT_CHARS / 4);
  });

  it('knows every customer and product it was fitted on', () => {
    expect(model.customers).toBe(full.segments.size);
    expect(model.productIds).toEqual(history.productIds);
  });
});
