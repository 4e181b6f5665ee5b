import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder, sliceHistory } from '../prep/index.js';
import { campaignFixture, FIXTURE_AS_OF } from './campaignFixture.testing.js';
import { campaignIndex } from './CampaignIndex.js';
import { campaignKind } from './campaignKind.js';
import { campaignOutcomes } from './campaignOutcomes.js';
import { productAffinity } from './productAffinity.js';
import { fitPropensity } from './propensityModel.js';
import { precisionAtK, rocAuc } from './rankingMetrics.js';
import { rankCampaign } from './rankCampaign.js';
import { variantsOf } from './propensityFeatures.js';

describe('rocAuc and precisionAtK', () => {
  it('are 1 for a perfect ranking, 0 for a reversed one, ties count half', () => {
    const labels = [true, false, true, false];
    expect(rocAuc([4, 1, 3, 2], labels)).toBe(1);
    expect(rocAuc([1, 4, 2, 3], labels)).toBe(0);
    expect(rocAuc([1, 1, 1, 1], labels)).toBe(0.5);
    expect(rocAuc([1, 2], [true, true])).toBeNaN();
    expect(precisionAtK([4, 1, 3, 2], labels, 2)).toBe(1);
    expect(precisionAtK([4, 1, 3, 2], labels, 4)).toBe(0.5);
  });
});

describe('productAffinity', () => {
  it('sums the cosine of co-purchase in orders between the target and the customer’s products', () => {
    const b = new HistoryBuilder();
    const line = (customerId: string, orderId: string, productId: string) => b.add({ customerId, orderId, orderTime: 0, productId, quantity: 1, unitPrice: 1 });
    line('U', 'o1', 'A'), line('U', 'o1', 'T'), line('V', 'o2', 'A'), line('V', 'o3', 'T'), line('W', 'o4', 'A'), line('W', 'o4', 'B');
    const h = b.build();
    const index = campaignIndex(h, DAY_MS);
    const affinity = productAffinity(index, h.productIndex.get('T')!);
    // T in 2 orders, A in 3, together in 1: cosine 1/√6. W owns A and B (B never with T).
    expect(affinity.cosine[h.customerIndex.get('W')!]).toBeCloseTo(1 / Math.sqrt(6), 12);
    expect(affinity.because[h.customerIndex.get('W')!]).toBe(h.productIndex.get('A'));
  });
});

describe('campaignKind', () => {
  const h = campaignFixture();
  const index = campaignIndex(h, FIXTURE_AS_OF);
  const p = (id: string) => h.productIndex.get(id)!;
  const c = (id: string) => h.customerIndex.get(id)!;
  const priceOf = (q: number) => (h.productIds[q] === 'V10L' ? 2 : 1);
  it('is up-sell for a buyer of a cheaper variant, cross-sell for others, reactivation for a stopped regular', () => {
    expect(campaignKind(index, c('F120'), p('V10L'), variantsOf(index, p('V10L')), priceOf)).toMatchObject({ kind: 'up-sell', cheaper: p('V10S'), dearerBy: 1 });
    expect(campaignKind(index, c('B0'), p('V10L'), variantsOf(index, p('V10L')), priceOf)).toEqual({ kind: 'cross-sell' });
    expect(campaignKind(index, c('F121'), p('V10L'), [], priceOf)).toBeNull();
    expect(campaignKind(index, c('REGULAR-1'), p('TEA'), [], priceOf)).toMatchObject({ kind: 'reactivation', productOrders: 8 });
  });
});

describe('propensity to buy', () => {
  const h = campaignFixture();
  it('learns on earlier cut-offs who buys a never-bought product, and ranks future buyers first', () => {
    const model = fitPropensity(h, FIXTURE_AS_OF, { trainingProducts: 5 });
    expect(model.cutoffs).toEqual([62, 93, 124, 155].map((d) => FIXTURE_AS_OF - d * DAY_MS));
    const { lines } = rankCampaign(h, { asOf: FIXTURE_AS_OF, products: ['YEAST'], kinds: ['cross-sell'] }, 'en', { crossSell: model });
    const bought = campaignOutcomes(h, [h.productIndex.get('YEAST')!], FIXTURE_AS_OF, 62).get(h.productIndex.get('YEAST')!)!;
    const scores = lines.map((l) => l.propensity);
    const labels = lines.map((l) => bought.has(h.customerIndex.get(l.customerId)!));
    expect(labels.some(Boolean)).toBe(true);
    expect(rocAuc(scores, labels)).toBeGreaterThan(0.75);
    // Bakers first: the top 20 are all bakers.
    expect(lines.slice(0, 20).every((l) => l.customerId.startsWith('B'))).toBe(true);
    expect(scores.every((s, i) => s > 0 && s < 1 && (i === 0 || s <= scores[i - 1]!))).toBe(true);
  });

  it('reads nothing on or after the as-of date: later orders change no propensity', () => {
    const settings = { trainingProducts: 5 };
    const whole = rankCampaign(h, { asOf: FIXTURE_AS_OF, products: ['YEAST'], settings });
    const past = rankCampaign(sliceHistory(h, { before: FIXTURE_AS_OF }), { asOf: FIXTURE_AS_OF, products: ['YEAST'], settings });
    expect(whole.lines).toEqual(past.lines);
  });

  it('leaves out opted-out accounts, open proposals and accounts contacted within the fatigue days', () => {
    const request = { asOf: FIXTURE_AS_OF, products: ['YEAST'], settings: { trainingProducts: 5 } };
    const all = rankCampaign(h, request);
    const [first, second, third] = all.lines.map((l) => l.customerId);
    const lastContacted = { [third!]: FIXTURE_AS_OF - 10 * DAY_MS, [all.lines[3]!.customerId]: FIXTURE_AS_OF - 40 * DAY_MS };
    const { lines } = rankCampaign(h, { ...request, exclusions: { optedOut: [first!], openProposal: [second!], lastContacted, fatigueDays: 30 } }, 'en', all.models);
    const ids = lines.map((l) => l.customerId);
    expect(ids).not.toContain(first);
    expect(ids).not.toContain(second);
    expect(ids).not.toContain(third);
    expect(ids).toContain(all.lines[3]!.customerId);
    expect(lines).toHaveLength(all.lines.length - 3);
  });

  it('keeps each account’s likeliest product of a group, with the kind, expected value and a reason', () => {
    const { lines } = rankCampaign(h, { asOf: FIXTURE_AS_OF, products: ['V10L', 'V10S'], settings: { trainingProducts: 5 } });
    expect(new Set(lines.map((l) => l.customerId)).size).toBe(lines.length);
    const upSell = lines.find((l) => l.kind === 'up-sell')!;
    expect(upSell).toMatchObject({ productId: 'V10L', cheaperProductId: 'V10S' });
    expect(upSell.reason).toMatch(/^buys V10S, a cheaper variant; this one costs 100% more$/);
    expect(upSell.expectedValue).toBeCloseTo(upSell.propensity * 4, 9); // a line of V10L: 2 × 2.00
  });

  it('names an unknown product', () => {
    expect(() => rankCampaign(h, { asOf: FIXTURE_AS_OF, products: ['NOPE'] })).toThrow(/product NOPE/);
  });
});
