import { PACKAGE_OBJECTS } from '../../connector/packageSchema.js';
import { describeProduct, type Questionnaire } from '../../engine/index.js';
import type { OrgStore } from '../OrgStore.js';

/**
 * The Product2 field an admin of the demo org keeps each attribute of the example questionnaire in
 * (`Family` is standard; the others are the admin's own custom fields, `ADMIN_PRODUCT_FIELDS`), and
 * the price from the price book entry. What the package's `OO_ProductAttribute__mdt` records say.
 */
export const DEMO_ATTRIBUTE_FIELDS: Readonly<Record<string, string>> = {
  type: 'Family',
  colour: 'Colour__c',
  theme: 'Theme__c',
  material: 'Material__c',
  pack_size: 'Pack_Size__c',
  price: 'PricebookEntry.UnitPrice',
};

/** What `seedGuide` wrote. */
export interface SeededGuide {
  products: number;
  questions: number;
  options: number;
}

/**
 * Guided selling in the fake org, as an admin sets it up: each product's attributes from its
 * description (the catalog extractor, `describeProduct`) in the fields of `DEMO_ATTRIBUTE_FIELDS`,
 * and `questionnaire` as custom metadata records (one per attribute, question and option; needs as
 * JSON), which the connector reads back with `questionnaireFromRecords`.
 */
export function seedGuide(store: OrgStore, questionnaire: Questionnaire, fields: Readonly<Record<string, string>> = DEMO_ATTRIBUTE_FIELDS): SeededGuide {
  let products = 0;
  for (const p of [...store.records('Product2')]) {
    const described = describeProduct(String(p.Name ?? '')) as unknown as Record<string, string | number | null>;
    const values = Object.fromEntries(Object.entries(fields).filter(([attribute, field]) => attribute in described && !field.includes('.')).map(([attribute, field]) => [field, described[attribute] ?? null]));
    store.update('Product2', p.Id, values);
    products++;
  }
  const { productAttribute: A, guideQuestion: Q, guideOption: O } = PACKAGE_OBJECTS;
  const name = (text: string) => text.replace(/\W+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'record';
  const system = { asSystem: true };
  for (const a of questionnaire.attributes) {
    store.create(A.object, { DeveloperName: name(a.name), MasterLabel: a.name, [A.attribute]: a.name, [A.field]: fields[a.name] ?? a.name, [A.kind]: a.kind, [A.unit]: a.unit ?? null, [A.better]: a.better ?? null }, system);
  }
  let options = 0;
  questionnaire.questions.forEach((q, i) => {
    store.create(Q.object, { DeveloperName: name(q.id), MasterLabel: q.id, [Q.questionId]: q.id, [Q.order]: i + 1, [Q.textEn]: q.text.en, [Q.textEs]: q.text.es ?? null }, system);
    q.options.forEach((o, j) => {
      store.create(O.object, { DeveloperName: name(`${q.id}_${o.id}`), MasterLabel: `${q.id}: ${o.id}`, [O.questionId]: q.id, [O.optionId]: o.id, [O.order]: j + 1, [O.labelEn]: o.label.en, [O.labelEs]: o.label.es ?? null, [O.needs]: JSON.stringify(o.needs) }, system);
      options++;
    });
  });
  return { products, questions: questionnaire.questions.length, options };
}
