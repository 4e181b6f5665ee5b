import { describe, expect, it } from 'vitest';
import { compileCatalog } from './compileCatalog.js';
import { compileAnswers } from './compileNeeds.js';
import type { Familiarity } from './familiarity.js';
import { FIXTURE_PRODUCTS, FIXTURE_QUESTIONNAIRE } from './guideFixture.testing.js';
import { guideProducts } from './guideProducts.js';
import { GUIDE_SETTINGS } from './guideSettings.js';
import { minimalRelaxations } from './minimalRelaxations.js';
import type { Answers } from './Questionnaire.js';
import { fitOf, scoreProducts } from './scoreProducts.js';

const catalog = compileCatalog(FIXTURE_PRODUCTS, FIXTURE_QUESTIONNAIRE.attributes);
const impossible: Answers = { colour: 'red', budget: 'under-3', kind: 'bag', occasion: 'christmas' };

/** A familiarity that knows only the given products, with the given scores. */
function familiar(scores: Record<string, number>): Familiarity {
  const score = Float64Array.from(catalog.productIds, (id) => scores[id] ?? 0);
  return { score, ownOrders: Int32Array.from(score, (s) => (s > 0 ? 2 : 0)), peerShare: new Float64Array(score.length), peersAreEveryone: false };
}

describe('guideProducts on the fixture with a known answer', () => {
  it('lists exactly the minimal relaxations, each with the products it admits', () => {
    const result = guideProducts(catalog, FIXTURE_QUESTIONNAIRE, impossible);
    expect(result.fitting).toBe(0);
    expect(result.relaxations).toEqual([
      { drop: ['budget'], admits: 2 },
      { drop: ['colour', 'kind'], admits: 2 },
    ]);
  });

  it('ranks the nearest alternatives by weighted distance when nothing fits, and explains them', () => {
    const result = guideProducts(catalog, FIXTURE_QUESTIONNAIRE, impossible, { k: 7 });
    // Weights: occasion 3, colour 2, budget 2 (+10 % for price, better lower), kind 2: 9.2 in all.
    // A misses only the budget; E (3.50, within the tolerance of 1) misses it by half: partial credit.
    expect(result.results[0]!.productId).toBe('A');
    expect(result.results[0]!.score).toBeCloseTo(7 / 9.2, 3);
    const e = result.results.find((r) => r.productId === 'E')!;
    expect(e.score).toBeCloseTo((2 + 0.5 * 2 + 2) / 9.2, 3);
    expect(e.fits).toBe(false);
    expect(e.pros).toEqual(['red', 'a bag']);
    expect(e.cons).toEqual(['under £3: 3.5, 0.5 over (a must)', 'Christmas range: not stated']);
    expect(e.reason).toBe('meets 2 of 4 needs');
  });

  it('ranks every product above another only if it is at least as good on the weighted needs', () => {
    const needs = compileAnswers(catalog, FIXTURE_QUESTIONNAIRE, impossible);
    const scores = scoreProducts(catalog.productIds.length, needs);
    for (const answers of [impossible, { occasion: 'christmas' }, { budget: 'under-3', occasion: 'christmas' }] as Answers[]) {
      const s = scoreProducts(catalog.productIds.length, compileAnswers(catalog, FIXTURE_QUESTIONNAIRE, answers));
      const ranked = guideProducts(catalog, FIXTURE_QUESTIONNAIRE, answers, { k: 7 }).results.map((r) => catalog.productIds.indexOf(r.productId));
      for (let i = 1; i < ranked.length; i++) {
        const [a, b] = [ranked[i - 1]!, ranked[i]!];
        const fitsA = s.violated[a] === 0;
        expect(fitsA || s.violated[b] !== 0).toBe(true);
        if (fitsA === (s.violated[b] === 0)) expect(fitOf(s, a)).toBeGreaterThanOrEqual(fitOf(s, b));
      }
    }
    expect(scores.hardQuestions).toEqual(['colour', 'budget', 'kind']);
  });

  it('puts the familiar product first between equal fits, and says so', () => {
    // B and G meet only the occasion: equal fits (3 of 7), B first by catalog order.
    const answers: Answers = { colour: 'red', kind: 'bag', occasion: 'christmas' };
    const plain = guideProducts(catalog, FIXTURE_QUESTIONNAIRE, answers, { k: 7 }).results.map((r) => r.productId);
    expect(plain.indexOf('B')).toBeLessThan(plain.indexOf('G'));
    const blended = guideProducts(catalog, FIXTURE_QUESTIONNAIRE, answers, { k: 7, familiarity: familiar({ G: 1 }) }).results;
    const ids = blended.map((r) => r.productId);
    expect(ids.indexOf('G')).toBe(ids.indexOf('B') - 1);
    expect(blended.find((r) => r.productId === 'G')!.reason).toContain('familiar: the account bought it in 2 orders');
  });

  it('never lets the history blend lift a product over one that meets a need it misses', () => {
    // Only the occasion asked: A, B, F, G are Christmas (fit 1), C, D, E are not (fit 0); D fully familiar.
    const result = guideProducts(catalog, FIXTURE_QUESTIONNAIRE, { occasion: 'christmas' }, { k: 7, familiarity: familiar({ D: 1 }) });
    expect(result.results.slice(0, 4).map((r) => r.productId).sort()).toEqual(['A', 'B', 'F', 'G']);
    expect(GUIDE_SETTINGS.historyBlend).toBeLessThan(0.1);
  });

  it('prefers the cheaper of two products that both meet a budget (price is always better lower)', () => {
    const result = guideProducts(catalog, FIXTURE_QUESTIONNAIRE, { budget: 'under-3' }, { k: 3 });
    expect(result.results.map((r) => r.productId)).toEqual(['G', 'B', 'E']);
    expect(result.results[0]!.fits && result.results[1]!.fits).toBe(true);
    expect(result.results[2]!.fits).toBe(false);
    expect(result.relaxations).toEqual([]);
  });

  it('speaks the locale of the labels, English where a label has no translation', () => {
    const e = guideProducts(catalog, FIXTURE_QUESTIONNAIRE, impossible, { k: 7, locale: 'es' }).results.find((r) => r.productId === 'E')!;
    expect(e.cons).toEqual(['menos de 3 £: 3,5, 0,5 por encima (imprescindible)', 'Navidad: no consta']);
    expect(e.reason).toBe('cumple 2 de 4 necesidades');
  });

  it('asks next the question that separates the products in contention, none once nothing can change', () => {
    // Nothing asked: kind splits bags (A, C, E) from mugs (B, D, F) evenly, G on neither side
    // (Gini 0.5 × 6/7); colour leaves D and G on neither side and splits 3 to 2 (0.48 × 5/7).
    expect(guideProducts(catalog, FIXTURE_QUESTIONNAIRE, {}).nextQuestion).toBe('kind');
    // The top one is A (a red bag, like E; first in the catalog). No occasion can change that, a
    // budget under 3 can (A misses it by more than E): budget is asked, then nothing.
    expect(guideProducts(catalog, FIXTURE_QUESTIONNAIRE, { kind: 'bag', colour: 'red' }, { k: 1 }).nextQuestion).toBe('budget');
    expect(guideProducts(catalog, FIXTURE_QUESTIONNAIRE, { kind: 'bag', colour: 'red', budget: null }, { k: 1 }).nextQuestion).toBeNull();
    // Every question answered or skipped: nothing left to ask.
    expect(guideProducts(catalog, FIXTURE_QUESTIONNAIRE, { ...impossible }).nextQuestion).toBeNull();
    // With k covering the whole catalog in a fixed order, only a question that reorders it is asked.
    const all = guideProducts(catalog, FIXTURE_QUESTIONNAIRE, { colour: null, budget: null, kind: null }, { k: 7 });
    expect(all.nextQuestion).toBe('occasion');
  });

  it('refuses an unknown question or option, naming it', () => {
    expect(() => guideProducts(catalog, FIXTURE_QUESTIONNAIRE, { color: 'red' })).toThrow(/unknown question 'color'/);
    expect(() => guideProducts(catalog, FIXTURE_QUESTIONNAIRE, { colour: 'teal' })).toThrow(/question 'colour' has no option 'teal'/);
  });
});

describe('guideProducts on random catalogs', () => {
  it('ranks a product above another only if it fits at least as well, or the history blend explains the difference', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    for (let round = 0; round < 30; round++) {
      const products = Array.from({ length: 40 }, (_, i) => ({
        productId: `P${String(i).padStart(2, '0')}`, name: '', price: Math.round(random() * 600) / 100,
        attributes: { type: pick(['bag', 'mug', 'candle', null]), colour: pick(['red', 'blue', 'green', null]), theme: pick(['christmas', 'easter', null]) },
      }));
      const c = compileCatalog(products, FIXTURE_QUESTIONNAIRE.attributes);
      const answers: Answers = { occasion: pick(['christmas', 'easter']), colour: pick(['red', 'blue']), budget: pick(['under-3', 'any']), kind: pick(['bag', 'mug']) };
      const fam = Float64Array.from(products, () => (random() < 0.3 ? random() : 0));
      const familiarity: Familiarity = { score: fam, ownOrders: new Int32Array(40), peerShare: new Float64Array(40), peersAreEveryone: false };
      const s = scoreProducts(40, compileAnswers(c, FIXTURE_QUESTIONNAIRE, answers));
      const ranked = guideProducts(c, FIXTURE_QUESTIONNAIRE, answers, { k: 40, familiarity }).results.map((r) => c.productIds.indexOf(r.productId));
      expect(ranked).toHaveLength(40);
      for (let i = 1; i < ranked.length; i++) {
        const [a, b] = [ranked[i - 1]!, ranked[i]!];
        expect(s.violated[a] === 0 || s.violated[b] !== 0).toBe(true);
        if ((s.violated[a] === 0) !== (s.violated[b] === 0)) continue;
        const deficit = fitOf(s, b) - fitOf(s, a);
        if (deficit > 1e-12) expect(deficit).toBeLessThanOrEqual(GUIDE_SETTINGS.historyBlend * (fam[a]! - fam[b]!) + 1e-12);
      }
    }
  });
});

describe('minimalRelaxations', () => {
  it('equals the minimal diagnoses found by trying every subset of answers, on random catalogs', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const q = 1 + Math.floor(random() * 5);
      const violated = Int32Array.from({ length: 1 + Math.floor(random() * 12) }, () => 1 + Math.floor(random() * (2 ** q - 1)));
      const names = Array.from({ length: q }, (_, i) => `q${i}`);
      const admits = (d: number) => violated.filter((m) => (m & d) === m).length;
      const diagnoses = Array.from({ length: 2 ** q }, (_, d) => d).filter((d) => admits(d) > 0);
      const minimal = diagnoses.filter((d) => !diagnoses.some((o) => o !== d && (o & d) === o));
      const expected = minimal.map((d) => ({ drop: names.filter((_, i) => d & (1 << i)), admits: admits(d) }));
      const got = minimalRelaxations(violated, names, Infinity);
      expect(new Set(got.map((r) => JSON.stringify(r)))).toEqual(new Set(expected.map((r) => JSON.stringify(r))));
      for (let i = 1; i < got.length; i++) expect(got[i]!.drop.length).toBeGreaterThanOrEqual(got[i - 1]!.drop.length);
    }
  });
});
