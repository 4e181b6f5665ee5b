import { describe, expect, it } from 'vitest';
import type { GuideData } from '../../connector/index.js';
import { FIXTURE_PRODUCTS, FIXTURE_QUESTIONNAIRE } from '../../engine/guide/guideFixture.testing.js';
import { accountFamiliarity, prepareGuide } from './guideSession.js';
import { GuideState } from './guideState.js';

/** The engine's guide fixture as the connector reads it from an org: records and price book products. */
function fixtureData(): GuideData {
  const q = FIXTURE_QUESTIONNAIRE;
  return {
    attributes: q.attributes.map((a) => ({ attribute: a.name, field: a.name, kind: a.kind, better: a.better ?? null })),
    questions: q.questions.map((question, i) => ({ questionId: question.id, order: i, textEn: question.text.en, textEs: question.text.es ?? null })),
    options: q.questions.flatMap((question) => question.options.map((o, j) => ({ questionId: question.id, optionId: o.id, order: j, labelEn: o.label.en, labelEs: o.label.es ?? null, needs: JSON.stringify(o.needs) }))),
    products: FIXTURE_PRODUCTS.map((p, i) => ({ ...p, product2Id: `01t00000000000${i}`, pricebookEntryId: `01u00000000000${i}`, unitCost: null })),
    ignored: [],
  };
}

const line = (productCode: string, orderId: string) => ({ orderId, orderNumber: null, orderDate: '2011-01-10', productId: `01t-${productCode}`, productCode, productName: productCode, quantity: 1, unitPrice: 1 });

describe('GuideState', () => {
  it('reads the org once per session, and again after a failed read', async () => {
    let reads = 0;
    const state = new GuideState(() => ({ loadGuideData: async () => (++reads === 1 ? Promise.reject(new Error('offline')) : fixtureData()) }));
    await expect(state.open('001A', 'en')).rejects.toThrow('offline');
    const setup = await state.open('001A', 'en');
    await state.answer('001A', { colour: 'red' }, 'en');
    await state.open('001B', 'es');
    expect(reads).toBe(2);
    expect(setup.questions.map((q) => q.id)).toEqual(['occasion', 'colour', 'budget', 'kind']);
    expect(setup.products).toBe(FIXTURE_PRODUCTS.length);
  });

  it('gives the fixture’s minimal relaxations with the dropped answers’ labels in the page’s language, and products ready for the order', async () => {
    const state = new GuideState(() => ({ loadGuideData: async () => fixtureData() }));
    const answers = { occasion: 'christmas', colour: 'red', budget: 'under-3', kind: 'bag' };
    const en = await state.answer('001A', answers, 'en-GB');
    expect(en.fitting).toBe(0);
    expect(en.relaxations).toEqual([
      { drop: ['budget'], labels: ['under £3'], admits: 2 },
      { drop: ['colour', 'kind'], labels: ['red', 'a bag'], admits: 2 },
    ]);
    expect(en.results[0]!.product).toEqual({ id: '01t000000000000', productId: 'A', name: 'RED BAG', pricebookEntryId: '01u000000000000', listPrice: 5, unitCost: null });
    const es = await state.answer('001A', answers, 'es-ES');
    expect(es.relaxations[0]!.labels).toEqual(['menos de 3 £']);
    const relaxed = await state.answer('001A', { ...answers, budget: null }, 'en');
    expect(relaxed.fitting).toBe(2);
    expect(relaxed.results.slice(0, 2).map((r) => r.product.productId).sort()).toEqual(['A', 'E']);
  });

  it('blends in the account’s own orders once its view is read; an account without orders gets no blend', () => {
    const guide = prepareGuide(fixtureData());
    expect(accountFamiliarity(guide, '001A', [])).toBeNull();
    const familiar = accountFamiliarity(guide, '001A', [line('E', 'o1'), line('E', 'o2'), line('B', 'o2')])!;
    const at = (id: string) => guide.catalog.productIds.indexOf(id);
    expect(familiar.ownOrders[at('E')]).toBe(2);
    expect(familiar.score[at('E')]).toBeGreaterThan(familiar.score[at('B')]!);
    expect(familiar.score[at('A')]).toBe(0);
  });

  it('ranks a product the account bought first between equal fits, and says so', async () => {
    const state = new GuideState(() => ({ loadGuideData: async () => fixtureData() }));
    const plain = await state.answer('001A', { kind: 'bag', colour: 'red' }, 'en');
    state.viewed({ account: { id: '001A', name: 'A', accountNumber: null, country: null }, lines: [line('E', 'o1')] });
    const blended = await state.answer('001A', { kind: 'bag', colour: 'red' }, 'en');
    expect(plain.results.slice(0, 2).map((r) => r.product.productId)).toEqual(['A', 'E']);
    expect(blended.results.slice(0, 2).map((r) => r.product.productId)).toEqual(['E', 'A']);
    expect(blended.results[0]!.reason).toMatch(/familiar|bought/i);
  });
});
