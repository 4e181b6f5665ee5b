import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSalesforceConnector } from '../../connector/index.js';
import { parsePromotions, parseRules } from '../../engine/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import { demoUnitCost, seedDemoExamples } from '../../widget/demo/seedDemoExamples.js';
import { useFakeOrg } from '../support/useFakeOrg.js';

const examples = (name: string) => JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
const rules = examples('rules.json') as Record<string, unknown>;
const promotions = examples('promotions.json') as { name: string; validFrom: string; validTo: string }[];
const DAY = '2011-09-01';

/** Each list section sorted by rule name. */
const byName = (r: object) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort((a, b) => String(a.name).localeCompare(String(b.name))) : v]));

const fake = useFakeOrg((org) => void seedDemoExamples(org.store, rules, promotions));
const connector = () => createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: fake.token, retry: { sleep: async () => {} } });

describe('the demo org’s example rules, promotions and costs', () => {
  it('reads back through the connector as the example files say (every rule, the promotions valid on the demo’s day)', async () => {
    const read = await connector().loadRulesAndPromotions(DAY);
    // The org lists a section's rules by label (the connector's ORDER BY), the file as written.
    expect(byName(read.rules)).toEqual(byName(parseRules(rules)));
    const valid = promotions.filter((p) => p.validFrom <= DAY && p.validTo >= DAY).sort((a, b) => a.name.localeCompare(b.name));
    expect(valid.length).toBeGreaterThan(1);
    expect(read.promotions).toEqual(parsePromotions(valid));
  });

  it('gives every product a unit cost under its list price, so the margin shows', async () => {
    const ids = [...fake.ids.products.values()];
    const costs = await connector().productCosts(ids);
    expect(costs.size).toBe(ids.length);
    for (const [id, cost] of costs) {
      const price = [...fake.org.store.records('PricebookEntry')].find((e) => e.Product2Id === id)!.UnitPrice as number;
      expect(cost).toBeGreaterThan(0.5 * price);
      expect(cost).toBeLessThan(0.75 * price);
    }
  });

  it('makes the same cost for a product on every start, and different shares for different products', () => {
    expect(demoUnitCost('22423', 10)).toBe(demoUnitCost('22423', 10));
    const shares = new Set(['22423', '85123A', '47566', '20725', '21212', '85099B'].map((code) => demoUnitCost(code, 100)));
    expect(shares.size).toBeGreaterThan(2);
  });
});
