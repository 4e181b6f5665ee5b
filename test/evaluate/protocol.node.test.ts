/**
 * The development protocol of the shared data (its README): the real file, loaded once, must
 * give the published target set and the baselines' reference figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readOrderFile } from '../../cli/readOrderFile.js';
import { DEV_PROTOCOL, SHARED_ORDERS } from '../../cli/sharedData.js';
import { evaluateModels, gTopFreq, nextBasketSplit, parseDateTime, pTopFreq, type EvaluationRow, type NextBasketSplit } from '../../engine/index.js';

const K = 10;

let split: NextBasketSplit;
let rows: Map<string, EvaluationRow>;

beforeAll(async () => {
  const { history } = await readOrderFile(SHARED_ORDERS, { preset: 'online-retail' });
  split = nextBasketSplit(history, parseDateTime(DEV_PROTOCOL.cutoff), DEV_PROTOCOL.horizonDays);
  rows = new Map(evaluateModels([gTopFreq(), pTopFreq()], split, K).map((r) => [r.model, r]));
});

describe('development protocol on the shared Online Retail file', () => {
  it('has 1,137 target customers and 21.7 products per target basket', () => {
    expect(split.targets.length).toBe(1137);
    const products = split.targets.reduce((sum, t) => sum + t.products.length, 0);
    expect((products / split.targets.length).toFixed(1)).toBe('21.7');
  });

  it('reproduces G-TopFreq: Recall@10 0.062, NDCG@10 0.122', () => {
    const g = rows.get('G-TopFreq')!;
    expect(g.recall.toFixed(3)).toBe('0.062');
    expect(g.ndcg.toFixed(3)).toBe('0.122');
  });

  it('reproduces P-TopFreq: NDCG@10 0.290, quantity WAPE 0.469 (median of past quantities)', () => {
    const p = rows.get('P-TopFreq')!;
    expect(p.ndcg.toFixed(3)).toBe('0.290');
    expect(p.quantityWape.toFixed(3)).toBe('0.469');
  });

  it('comes within 0.001 of P-TopFreq Recall@10 0.187', () => {
    // Measured 0.18646: 0.00054 under the reference, about 0.6 of one customer's recall. Of the
    // readings tried (tie orders, G-TopFreq fill or not, baskets per invoice / time / day, line
    // counts, cancellations as baskets), this one alone matches the other three P-TopFreq figures
    // (NDCG 0.290, WAPE 0.469, last-quantity WAPE 0.482); none matched all four. Pinned to 4
    // decimals so any drift shows.
    const p = rows.get('P-TopFreq')!;
    expect(Math.abs(p.recall - 0.187)).toBeLessThan(0.001);
    expect(p.recall.toFixed(4)).toBe('0.1865');
  });
});
