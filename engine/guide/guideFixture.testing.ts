import type { CatalogProduct } from '../catalog/index.js';
import type { Questionnaire } from './Questionnaire.js';

/** A product of the fixture: id, type, colour, theme, price. */
function product(productId: string, type: string, colour: string, theme: string | null, price: number): CatalogProduct {
  return { productId, name: `${colour} ${type}`.toUpperCase(), price, attributes: { type, colour, theme } };
}

/**
 * A catalog whose answers are known. With the answers colour red, budget under 3, kind bag (all
 * hard) and occasion christmas (soft), no product fits; each product misses: A {budget},
 * B {colour, kind}, C {colour, budget}, D {colour, budget, kind}, E {budget}, F {budget, kind},
 * G {colour, kind}. The minimal relaxations are therefore exactly {budget} (admits A and E) and
 * {colour, kind} (admits B and G); C, D and F miss supersets of {budget}.
 */
export const FIXTURE_PRODUCTS: CatalogProduct[] = [
  product('A', 'bag', 'red', 'christmas', 5),
  product('B', 'mug', 'blue', 'christmas', 2),
  product('C', 'bag', 'blue', null, 6),
  product('D', 'mug', 'green', 'easter', 9),
  product('E', 'bag', 'red', null, 3.5),
  product('F', 'mug', 'red', 'christmas', 4.5),
  product('G', 'candle', 'green', 'christmas', 1),
];

/** The fixture's questionnaire: three hard questions (colour, budget with a tolerance of 1, kind) and one soft (occasion). */
export const FIXTURE_QUESTIONNAIRE: Questionnaire = {
  attributes: [
    { name: 'type', kind: 'category' },
    { name: 'colour', kind: 'category' },
    { name: 'theme', kind: 'category' },
    { name: 'price', kind: 'number', better: 'less' },
  ],
  questions: [
    { id: 'occasion', text: { en: 'For which occasion?' }, options: [
      { id: 'christmas', label: { en: 'Christmas range', es: 'Navidad' }, needs: [{ attribute: 'theme', values: ['christmas'], tolerance: 0, hard: false, weight: 3 }] },
      { id: 'easter', label: { en: 'Easter' }, needs: [{ attribute: 'theme', values: ['easter'], tolerance: 0, hard: false, weight: 3 }] },
    ] },
    { id: 'colour', text: { en: 'Which colour?' }, options: [
      { id: 'red', label: { en: 'red' }, needs: [{ attribute: 'colour', values: ['red'], tolerance: 0, hard: true, weight: 2 }] },
      { id: 'blue', label: { en: 'blue' }, needs: [{ attribute: 'colour', values: ['blue'], tolerance: 0, hard: true, weight: 2 }] },
    ] },
    { id: 'budget', text: { en: 'Price per unit?' }, options: [
      { id: 'under-3', label: { en: 'under £3', es: 'menos de 3 £' }, needs: [{ attribute: 'price', atMost: 3, tolerance: 1, hard: true, weight: 2 }] },
      { id: 'any', label: { en: 'any price' }, needs: [] },
    ] },
    { id: 'kind', text: { en: 'What kind of product?' }, options: [
      { id: 'bag', label: { en: 'a bag' }, needs: [{ attribute: 'type', values: ['bag'], tolerance: 0, hard: true, weight: 2 }] },
      { id: 'mug', label: { en: 'a mug' }, needs: [{ attribute: 'type', values: ['mug'], tolerance: 0, hard: true, weight: 2 }] },
    ] },
  ],
};
