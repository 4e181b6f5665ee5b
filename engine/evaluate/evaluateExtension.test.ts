import { describe, expect, it } from 'vitest';
import { crossSellFixture } from '../models/fixtures/crossSellFixture.js';
import { evaluateExtension } from './evaluateExtension.js';
import { evaluateProposals } from './evaluateProposals.js';
import { nextBasketSplit } from './nextBasketSplit.js';

const { history, asOf } = crossSellFixture();
const split = nextBasketSplit(history, asOf, 62);

describe('evaluateExtension', () => {
  it('credits suggestions found in the target order: the pair product beats the popular one', () => {
    const e = evaluateExtension(split, 1);
    const row = (name: string) => e.rows.find((r) => r.name.startsWith(name))!;
    // 13 target customers: the 12 pair customers reorder what they have, TARGET (only A before)
    // orders A and B. B is the item models' answer for TARGET; they have none for the pair
    // customers (nothing is bought with A and B). D is the most popular product anyone lacks.
    expect(split.targets).toHaveLength(13);
    expect(row('EASE')).toMatchObject({ hits: 1, suggestions: 1, precision: 1 });
    expect(row('item-kNN')).toMatchObject({ hits: 1, suggestions: 1 });
    expect(row('extension model')).toMatchObject({ hits: 1, suggestions: 13 });
    expect(row('most popular (all time)')).toMatchObject({ hits: 0, suggestions: 13 });
    expect(e.calibration.reduce((n, b) => n + b.count, 0)).toBeGreaterThan(0);
  });
});

describe('evaluateProposals', () => {
  it('counts proposals with a novelty and each section’s hits in the next order', () => {
    const p = evaluateProposals(split, { rules: { novelty: { minProbability: 0, minExpectedValue: 0, maxPerProposal: 1 } } });
    expect(p.targets).toBe(split.targets.length);
    expect(p.proposals).toBe(55); // every customer with an order before as-of
    expect(p.withNovelty).toBeGreaterThan(0);
    // The pair customers reorder A and B, the target A (habitual) and B (its extension).
    expect(p.sections.habitual.hits).toBeGreaterThanOrEqual(12 * 2 + 1);
    expect(p.sections.extension.hits).toBeGreaterThanOrEqual(1);
  });
});
