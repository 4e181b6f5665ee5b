import type { AttributeValue, CatalogAttribute, CatalogProduct } from '../catalog/index.js';
import { EngineError } from '../EngineError.js';
import type { CodeColumn, GuideCatalog, NumberColumn } from './GuideCatalog.js';

/**
 * The catalog in columns for the attributes a questionnaire declares (`price` from the product's
 * price). A declared attribute that no product has as a column is `UNKNOWN_ATTRIBUTE`; a value of
 * the wrong kind (a word in a number column) is `BAD_CATALOG`, naming the product and attribute.
 * Texts are read per kind: numbers as decimals, yes/no as yes/no/true/false/1/0; empty is unknown.
 */
export function compileCatalog(products: readonly CatalogProduct[], attributes: readonly CatalogAttribute[]): GuideCatalog {
  const columns: GuideCatalog['columns'] = {};
  for (const attribute of attributes) {
    if (attribute.name !== 'price' && products.length > 0 && !products.some((p) => attribute.name in p.attributes)) {
      throw new EngineError('UNKNOWN_ATTRIBUTE', `attribute '${attribute.name}' is not a column of the catalog (columns: ${Object.keys(products[0]!.attributes).join(', ')})`);
    }
    const raw = products.map((p) => (attribute.name === 'price' ? p.price : (p.attributes[attribute.name] ?? null)));
    columns[attribute.name] = attribute.kind === 'number' ? numberColumn(raw, products, attribute.name) : codeColumn(raw, products, attribute);
  }
  return { productIds: products.map((p) => p.productId), names: products.map((p) => p.name), attributes: [...attributes], columns };
}

function numberColumn(raw: AttributeValue[], products: readonly CatalogProduct[], name: string): NumberColumn {
  const values = new Float64Array(raw.length);
  let min = Infinity;
  let max = -Infinity;
  raw.forEach((v, p) => {
    const n = v === null || v === '' ? NaN : typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : bad(products[p]!, name, v, 'a number');
    values[p] = n;
    if (n < min) min = n;
    if (n > max) max = n;
  });
  return { kind: 'number', values, min, max };
}

const YES = new Set(['yes', 'true', '1']);
const NO = new Set(['no', 'false', '0']);

function codeColumn(raw: AttributeValue[], products: readonly CatalogProduct[], attribute: CatalogAttribute): CodeColumn {
  const codes = new Int32Array(raw.length);
  if (attribute.kind === 'yesNo') {
    raw.forEach((v, p) => {
      const t = typeof v === 'string' ? v.trim().toLowerCase() : v;
      codes[p] = t === null || t === '' ? -1 : t === true || YES.has(String(t)) ? 1 : t === false || NO.has(String(t)) ? 0 : bad(products[p]!, attribute.name, v, 'yes or no');
    });
    return { kind: 'yesNo', codes, words: ['no', 'yes'] };
  }
  const index = new Map<string, number>();
  raw.forEach((v, p) => {
    const word = v === null ? '' : String(v).trim().toLowerCase();
    if (word === '') return void (codes[p] = -1);
    let code = index.get(word);
    if (code === undefined) index.set(word, (code = index.size));
    codes[p] = code;
  });
  return { kind: 'category', codes, words: [...index.keys()] };
}

function bad(product: CatalogProduct, name: string, value: AttributeValue, expected: string): never {
  throw new EngineError('BAD_CATALOG', `product ${product.productId}, attribute '${name}': ${JSON.stringify(value)} is not ${expected}`);
}
