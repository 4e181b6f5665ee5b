import { describe, expect, it } from 'vitest';
import { habitualFixture } from './fixtures/habitualFixture.js';
import { gTopFreq } from './gTopFreq.js';

describe('gTopFreq', () => {
  const f = habitualFixture();
  const p = (id: string) => f.history.productIndex.get(id)!;

  it('ranks by baskets in the last 90 days; probability is the share of those baskets', () => {
    // In the window: the habitual customer's 8 orders and the regulars' 12 — 20 baskets;
    // X is in all of them, B in the regulars' 12.
    const list = gTopFreq().fit(f.history, f.asOf).recommend(f.habitual, 2);
    expect(list.map((r) => [r.product, r.score, r.probability])).toEqual([
      [p('X'), 20, 1],
      [p('B'), 12, 0.6],
    ]);
  });

  it('gives everyone the same products, with each customer its own quantities', () => {
    const fitted = gTopFreq().fit(f.history, f.asOf);
    // The habitual customer buys 12 X; the product median over everyone (8 × 12, 12 × 6) is 6.
    expect(fitted.recommend(f.habitual, 1)[0]).toMatchObject({ product: p('X'), quantity: 12 });
    expect(fitted.recommend(f.newcomer, 1)[0]).toMatchObject({ product: p('X'), quantity: 6 });
  });

  it('counts a longer window when asked', () => {
    // Over 200 days: B is in 42 of the 50 baskets, OLD-FAVOURITE in 30, X in 20.
    const list = gTopFreq({ windowDays: 200 }).fit(f.history, f.asOf).recommend(f.newcomer, 3);
    expect(list.map((r) => [r.product, r.probability])).toEqual([
      [p('B'), 42 / 50],
      [p('OLD-FAVOURITE'), 30 / 50],
      [p('X'), 20 / 50],
    ]);
  });

  it('breaks ties by product index', () => {
    // C-R1..C-R4 are each in 3 baskets of the window.
    const list = gTopFreq().fit(f.history, f.asOf).recommend(0, 6).slice(2);
    expect(list.map((r) => f.history.productIds[r.product])).toEqual(['C-R1', 'C-R2', 'C-R3', 'C-R4']);
  });
});
