import { describe, expect, it } from 'vitest';
import { canonicalPreset } from '../prep/index.js';
import { loadLines } from '../prep/loadLines.testing.js';
import { compileCatalog } from './compileCatalog.js';
import { familiarity, purchaseIndex } from './familiarity.js';
import { FIXTURE_PRODUCTS, FIXTURE_QUESTIONNAIRE } from './guideFixture.testing.js';
import { questionnaireFromRecords } from './questionnaireFromRecords.js';
import { topK } from './rankKeys.js';
import { simulatedAnswers } from './simulatedAnswers.js';

const catalog = compileCatalog(FIXTURE_PRODUCTS, FIXTURE_QUESTIONNAIRE.attributes);
const at = (...ids: string[]) => ids.map((id) => catalog.productIds.indexOf(id));

describe('simulatedAnswers', () => {
  it('answers each question with the basket’s most common value, the budget with the smallest bound above its median price', () => {
    // A (red bag 5, christmas), E (red bag 3.5), F (red mug 4.5, christmas): red, bag, christmas; median price 4.5.
    expect(simulatedAnswers(catalog, FIXTURE_QUESTIONNAIRE, at('A', 'E', 'F'))).toEqual({ occasion: 'christmas', colour: 'red', kind: 'bag', budget: 'any' });
    // B (blue mug 2), G (green candle 1): blue and green tie (alphabetical: blue), mug and candle
    // tie (candle first, but no option offers candles: not asked); median price 1 → under 3.
    expect(simulatedAnswers(catalog, FIXTURE_QUESTIONNAIRE, at('B', 'G'))).toEqual({ occasion: 'christmas', colour: 'blue', budget: 'under-3' });
  });
  it('skips what no product of the basket states', () => {
    expect(simulatedAnswers(catalog, FIXTURE_QUESTIONNAIRE, at('C', 'E'))).not.toHaveProperty('occasion');
  });
});

describe('familiarity', () => {
  const { history } = loadLines(canonicalPreset, [
    'customer_id,order_id,order_date,product_id,quantity,unit_price',
    'C1,O1,2011-01-03,A,1,1', 'C1,O2,2011-02-03,A,1,1', 'C1,O2,2011-02-03,B,1,1',
    'C2,O3,2011-01-04,A,1,1', 'C2,O3,2011-01-04,F,1,1',
    'C3,O4,2011-01-05,D,1,1', 'C3,O5,2011-03-05,G,1,1',
  ]);
  const ids = catalog.productIds;

  it('weighs the account’s own orders and what similar customers buy', () => {
    const f = familiarity(purchaseIndex(history), 'C1', ids);
    const of = (id: string) => f.score[ids.indexOf(id)]!;
    expect([...f.ownOrders]).toEqual(ids.map((id) => ({ A: 2, B: 1 } as Record<string, number>)[id] ?? 0));
    // C2 shares A with C1, C3 shares nothing: the peers are C2 alone (cosine > 0 only).
    expect(f.peersAreEveryone).toBe(false);
    expect(of('A')).toBeCloseTo(0.6 * 1 + 0.4 * 1, 6);
    expect(of('B')).toBeCloseTo(0.6 * 0.5, 6);
    expect(of('F')).toBeCloseTo(0.4, 6);
    expect(of('D')).toBe(0);
  });

  it('gives an account with no order everyone as peers, and leaves out orders at or after as-of', () => {
    const f = familiarity(purchaseIndex(history, Date.UTC(2011, 2, 1)), 'NEW', ids);
    expect(f.peersAreEveryone).toBe(true);
    expect(f.peerShare[ids.indexOf('A')]).toBeCloseTo(2 / 3, 6);
    expect(f.peerShare[ids.indexOf('G')]).toBe(0);
  });
});

describe('compileCatalog', () => {
  it('names the product and attribute of a value of the wrong kind, and an attribute no product has', () => {
    const products = [{ productId: 'P1', name: 'x', price: 1, attributes: { pack: 'a dozen' } }];
    expect(() => compileCatalog(products, [{ name: 'pack', kind: 'number' }])).toThrow(`product P1, attribute 'pack': "a dozen" is not a number`);
    expect(() => compileCatalog(products, [{ name: 'season', kind: 'category' }])).toThrow("attribute 'season' is not a column of the catalog (columns: pack)");
    expect(compileCatalog([{ ...products[0]!, attributes: { gift: 'Yes' } }], [{ name: 'gift', kind: 'yesNo' }]).columns.gift).toMatchObject({ codes: Int32Array.of(1) });
  });
});

describe('topK', () => {
  it('keeps the k highest keys, ties by index', () => {
    expect(topK(Float64Array.of(1, 3, 3, 2, 5, 3), 4)).toEqual([4, 1, 2, 5]);
    expect(topK(Float64Array.of(1), 3)).toEqual([0]);
    expect(topK(Float64Array.of(1, 2), 0)).toEqual([]);
  });
});

describe('questionnaireFromRecords', () => {
  it('orders questions and options, and names a record that does not hold together', () => {
    const q = questionnaireFromRecords(
      [{ attribute: 'colour', field: 'Colour__c', kind: 'category' }],
      [{ questionId: 'b', order: 2, textEn: 'B?' }, { questionId: 'a', order: 1, textEn: 'A?', textEs: '¿A?' }],
      [
        { questionId: 'b', optionId: 'any', order: 1, labelEn: 'any', needs: null },
        { questionId: 'a', optionId: 'blue', order: 2, labelEn: 'blue', needs: '[{"attribute": "colour", "values": ["blue"]}]' },
        { questionId: 'a', optionId: 'red', order: 1, labelEn: 'red', needs: '[{"attribute": "colour", "values": ["red"]}]' },
      ],
    );
    expect(q.questions[0]!.options.map((o) => o.id)).toEqual(['red', 'blue']);
    expect(q.questions[1]!.options[0]!.needs).toEqual([]);
    expect(q.questions.map((x) => x.id)).toEqual(['a', 'b']);
    expect(q.questions[0]!.text).toEqual({ en: 'A?', es: '¿A?' });
    expect(() => questionnaireFromRecords([], [], [{ questionId: 'x', optionId: 'o', order: 1, labelEn: 'o', needs: '[]' }])).toThrow("option 'o' answers question 'x', which has no OO_GuideQuestion__mdt record");
    expect(() => questionnaireFromRecords([], [{ questionId: 'x', order: 1, textEn: 'X?' }], [{ questionId: 'x', optionId: 'o', order: 1, labelEn: 'o', needs: '[{' }])).toThrow("question 'x', option 'o': needs are not JSON");
  });
});
