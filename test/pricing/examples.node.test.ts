/**
 * The example rule and promotion files, loaded the way the CLI loads them, and priced against the
 * shared Online Retail file. The expected base price was computed independently with a short
 * Python script over the gz file (customer 15465 paid 10.95 in 13 orders of 22423 and 12.75 in one).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJsonFile } from '../../cli/readJsonFile.js';
import { readOrderFile } from '../../cli/readOrderFile.js';
import { SHARED_ORDERS } from '../../cli/sharedData.js';
import {
  applyPriceRules,
  basePrice,
  bestPromotion,
  parseDateTime,
  parsePromotions,
  parseRules,
  PriceBook,
  productDemand,
  type BusinessRules,
  type OrderHistory,
  type Promotion,
} from '../../engine/index.js';

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
const AS_OF = parseDateTime('2011-09-01');

let rules: BusinessRules;
let promotions: Promotion[];
let history: OrderHistory;

beforeAll(async () => {
  rules = parseRules(await readJsonFile(example('rules.json')));
  promotions = parsePromotions(await readJsonFile(example('promotions.json')));
  ({ history } = await readOrderFile(SHARED_ORDERS, { preset: 'online-retail' }));
});

describe('the example rules and promotions', () => {
  it('pass validation, with every kind of rule the issue names', () => {
    expect(rules.clientRules?.find((r) => r.appliesTo === 'win-back')).toMatchObject({ discountPercent: 5, offer: expect.any(String) });
    expect(rules.mustSell?.some((r) => r.segment === 'new')).toBe(true);
    expect(rules.excludedProducts?.length).toBeGreaterThan(0);
    expect(new Set(rules.priceRules?.map((r) => r.kind))).toEqual(new Set(['raise', 'lower', 'min', 'max', 'minMargin']));
    expect(rules.novelty).toEqual({ minProbability: expect.any(Number), minExpectedValue: expect.any(Number), maxPerProposal: expect.any(Number) });
    expect(promotions.length).toBeGreaterThanOrEqual(4);
  });

  it('name products that exist in the shared data', () => {
    const ids = [
      ...(rules.productPriorities ?? []).map((r) => r.productId),
      ...[...(rules.mustSell ?? []), ...(rules.excludedProducts ?? []), ...(rules.promotedProducts ?? [])].flatMap((r) => r.productIds),
      ...promotions.flatMap((p) => p.productIds ?? []),
    ];
    expect(ids.filter((id) => !history.productIndex.has(id))).toEqual([]);
  });

  it('price a real line: the customer median, the win-back discount, the cake stand floor', () => {
    const book = new PriceBook(history, AS_OF);
    const base = basePrice(book, history.customerIndex.get('15465')!, history.productIndex.get('22423')!)!;
    // 14 orders of it in the file, one of them cancelled in full (netted: not an order of it).
    expect(base.step).toEqual({ code: 'median', price: 10.95, orders: 13, scope: 'customer' });
    const quote = applyPriceRules(base, { productId: '22423', segment: 'lapsed', lineKind: 'habitual', demand: 'steady' }, rules);
    expect(quote).toMatchObject({ value: 10.95, steps: ['median 10.95 over 13 orders', '-5% win-back = 10.40', 'floor 10.95'] });
  });

  it('give each line its promotion on the as-of date, never an expired one', () => {
    expect(bestPromotion({ productId: '85099F', quantity: 10 }, 'active', AS_OF, promotions)?.name).toBe('Jumbo bag autumn');
    expect(bestPromotion({ productId: '22423', quantity: 1 }, 'lapsed', AS_OF, promotions)?.name).toBe('Come back: cake stand');
    expect(bestPromotion({ productId: '47566', quantity: 50 }, 'active', AS_OF, promotions)).toBeNull();
  });

  it('find a few products rising or falling, most steady', () => {
    const demand = productDemand(history, AS_OF);
    const count = (d: string) => demand.filter((x) => x === d).length;
    expect(count('rising')).toBeGreaterThan(0);
    expect(count('falling')).toBeGreaterThan(0);
    expect(count('steady') / demand.length).toBeGreaterThan(0.9);
  });
});
