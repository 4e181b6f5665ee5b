import type { AttributeRecord, CatalogProduct, OptionRecord, QuestionRecord } from '../engine/index.js';
import { guideFields, PRICE_FIELD, type DescribedField } from './guideFields.js';
import type { IgnoredRecord } from './IgnoredRecord.js';
import type { OrgClient } from './orgClient.js';
import type { OrderObjects } from './OrgSchema.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import { soql, soqlName, soqlNames } from './soql.js';

/** A product the guide ranks: the catalog's product (its id the engine's: the product code) and what adding it to an order needs. */
export interface GuideProduct extends CatalogProduct {
  /** The Product2 id. */
  product2Id: string;
  pricebookEntryId: string;
  /** The org's unit cost (`OO_UnitCost__c`), null when none. */
  unitCost: number | null;
}

/**
 * What guided selling reads from the org, as plain rows: the questionnaire's custom metadata records
 * (for `questionnaireFromRecords`) and the active products of the standard price book with the mapped
 * fields (for `compileCatalog`). `ignored`: the attribute records whose field the org does not have
 * (or the user cannot read); their attribute is left unknown on every product.
 */
export interface GuideData {
  attributes: AttributeRecord[];
  questions: QuestionRecord[];
  options: OptionRecord[];
  products: GuideProduct[];
  ignored: IgnoredRecord[];
}

type Row = Record<string, unknown>;
const { productAttribute: A, guideQuestion: Q, guideOption: O } = PACKAGE_OBJECTS;

/**
 * `SalesforcePort.loadGuideData`: one Composite request (the three custom metadata queries and
 * Product2's describe, 3 queries of the 5 allowed), then the price book entries with the mapped
 * Product2 fields that describe knows, read page by page (one request per 2,000 entries). A mapped
 * field names no query until describe has confirmed it.
 */
export async function loadGuideData(client: OrgClient, orders: OrderObjects): Promise<GuideData> {
  const read = await client.read([
    { referenceId: 'attributes', query: soql`SELECT DeveloperName, ${soqlNames([A.attribute, A.field, A.kind, A.unit, A.better])} FROM ${soqlName(A.object)} ORDER BY DeveloperName` },
    { referenceId: 'questions', query: soql`SELECT DeveloperName, ${soqlNames([Q.questionId, Q.order, Q.textEn, Q.textEs])} FROM ${soqlName(Q.object)} ORDER BY ${soqlName(Q.order)}` },
    { referenceId: 'options', query: soql`SELECT DeveloperName, ${soqlNames([O.questionId, O.optionId, O.order, O.labelEn, O.labelEs, O.needs])} FROM ${soqlName(O.object)} ORDER BY ${soqlName(O.order)}` },
    { referenceId: 'describe', get: '/sobjects/Product2/describe' },
  ]);
  const attributeRows = await read.records<Row>('attributes');
  const described = read.body<{ fields: DescribedField[] }>('describe').fields;
  const mapping = guideFields(attributeRows.map(attributeOf), attributeRows.map((r) => String(r.DeveloperName)), described);
  const products = await priceBookProducts(client, orders, mapping.fields);
  return {
    attributes: attributeRows.map(attributeOf),
    questions: (await read.records<Row>('questions')).map(questionOf),
    options: (await read.records<Row>('options')).map(optionOf),
    products: products.map((r) => productOf(r, orders, mapping.fields, mapping.unknown)),
    ignored: mapping.ignored,
  };
}

/** Active entries of the standard price book of active products, with the mapped fields; one product once (the first entry, by Product2 id). */
async function priceBookProducts(client: OrgClient, orders: OrderObjects, fields: ReadonlyMap<string, string>): Promise<Row[]> {
  const { code, name } = orders.product;
  const product2Fields = [...new Set([name, code, PACKAGE_OBJECTS.product.unitCost, ...[...fields.values()].filter((f) => f !== PRICE_FIELD)])].map((f) => `Product2.${f}`);
  const rows = await client.query<Row>(
    soql`SELECT Id, Product2Id, UnitPrice, ${soqlNames(product2Fields)} FROM PricebookEntry WHERE Pricebook2.IsStandard = true AND IsActive = true AND Product2.IsActive = true ORDER BY Product2Id, Id`,
  );
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(String(r.Product2Id)) && seen.add(String(r.Product2Id)));
}

function productOf(r: Row, orders: OrderObjects, fields: ReadonlyMap<string, string>, unknown: readonly string[]): GuideProduct {
  const p2 = (r.Product2 ?? {}) as Row;
  const attributes: CatalogProduct['attributes'] = {};
  for (const [attribute, field] of fields) attributes[attribute] = valueOf(field === PRICE_FIELD ? r.UnitPrice : p2[field]);
  for (const attribute of unknown) attributes[attribute] = null;
  const cost = p2[PACKAGE_OBJECTS.product.unitCost];
  return {
    productId: String(p2[orders.product.code] ?? '') || String(r.Product2Id),
    name: String(p2[orders.product.name] ?? ''),
    price: typeof r.UnitPrice === 'number' ? r.UnitPrice : NaN,
    attributes,
    product2Id: String(r.Product2Id),
    pricebookEntryId: String(r.Id),
    unitCost: typeof cost === 'number' ? cost : null,
  };
}

function valueOf(v: unknown): string | number | boolean | null {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function attributeOf(r: Row): AttributeRecord {
  return { attribute: String(r[A.attribute] ?? ''), field: String(r[A.field] ?? ''), kind: String(r[A.kind] ?? ''), unit: text(r[A.unit]), better: text(r[A.better]) };
}

function questionOf(r: Row): QuestionRecord {
  return { questionId: String(r[Q.questionId] ?? ''), order: Number(r[Q.order] ?? 0), textEn: String(r[Q.textEn] ?? ''), textEs: text(r[Q.textEs]) };
}

function optionOf(r: Row): OptionRecord {
  return { questionId: String(r[O.questionId] ?? ''), optionId: String(r[O.optionId] ?? ''), order: Number(r[O.order] ?? 0), labelEn: String(r[O.labelEn] ?? ''), labelEs: text(r[O.labelEs]), needs: text(r[O.needs]) };
}
