import { describe, expect, it } from 'vitest';
import { crossSellFixture } from '../models/fixtures/crossSellFixture.js';
import { ACCOUNT_INSIGHT_FORMAT, type AccountInsight } from './AccountInsight.js';
import { decodeAccountInsight, encodeAccountInsight, MAX_INSIGHT_CHARS } from './accountInsightCodec.js';
import { fitOptimalOrder } from './fitOptimalOrder.js';

const insight = (): AccountInsight => {
  const { history, asOf, target } = crossSellFixture();
  return fitOptimalOrder(history, asOf).insight(target)!;
};

/** The insight's text after `change` edits its JSON. */
function crafted(change: (json: Record<string, any>) => void): string {
  const json = JSON.parse(encodeAccountInsight(insight()));
  change(json);
  return JSON.stringify(json);
}

describe('encodeAccountInsight / decodeAccountInsight', () => {
  it('reads back exactly what was written: the account, the model and each product with its score', () => {
    const i = insight();
    expect(i.products.length).toBeGreaterThan(0);
    expect(i.products).toHaveLength(i.scores.length);
    expect(decodeAccountInsight(encodeAccountInsight(i))).toEqual(i);
    expect(encodeAccountInsight(i).length).toBeLessThan(2000);
  });

  it.each<[string, (json: Record<string, any>) => void, RegExp]>([
    ['another format', (j) => (j.format = 'optimal-order-account-insight/0'), new RegExp(`format is 'optimal-order-account-insight/0', expected '${ACCOUNT_INSIGHT_FORMAT}'`)],
    ['no account id', (j) => delete j.accountId, /accountId is missing or not text/],
    ['a model date that is not a number', (j) => (j.modelAsOf = '2024-07-01'), /modelAsOf is "2024-07-01", not a date in ms/],
    ['an engine version that is not text', (j) => (j.engineVersion = 2), /engineVersion is not text/],
    ['products that are not an array', (j) => (j.products = 'A'), /products is not an array/],
    ['a product that is not an id', (j) => (j.products[0] = 7), /products\[0\] is 7, not a product id/],
    ['fewer scores than products', (j) => j.scores.pop(), /scores has \d+ entries for \d+ products/],
    ['a score that is not a number', (j) => (j.scores[0] = null), /scores\[0\] is null, not a finite number/],
  ])('refuses %s, naming the field', (_what, change, message) => {
    expect(() => decodeAccountInsight(crafted(change), 'OO_AccountInsight__c a0X1')).toThrow(new RegExp(`^OO_AccountInsight__c a0X1: ${message.source}`));
  });

  it('refuses text that is not an insight, and text over the Long Text Area size, before parsing it', () => {
    expect(() => decodeAccountInsight('<html>')).toThrow(/account insight: the text is not JSON/);
    expect(() => decodeAccountInsight('[1]')).toThrow(/account insight: the text is not an account insight/);
    expect(() => decodeAccountInsight(' '.repeat(MAX_INSIGHT_CHARS + 1))).toThrow(`account insight: the text is ${MAX_INSIGHT_CHARS + 1} characters, more than the ${MAX_INSIGHT_CHARS}`);
  });
});
