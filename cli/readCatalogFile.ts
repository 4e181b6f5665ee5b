import Papa from 'papaparse';
import { EngineError, type CatalogProduct } from '../engine/index.js';
import { readTextFile } from './readTextFile.js';

/** The columns every catalog file has; the others are attributes, read by the questionnaire's kinds. */
const REQUIRED = ['product_id', 'name', 'price'] as const;

/**
 * Reads a catalog CSV (`optimal-order catalog` writes one): `product_id,name,price,<attributes>`.
 * A missing column is `MISSING_COLUMN`, a bad price or a repeated product `BAD_CATALOG`, each with
 * the file and line; an empty cell is an unknown value. A leading `'` that `catalog` adds to
 * formula-like text is taken off.
 */
export async function readCatalogFile(path: string): Promise<CatalogProduct[]> {
  const parsed = Papa.parse<string[]>(await readTextFile(path), { skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  const columns = header.map((h) => h.trim());
  for (const name of REQUIRED) {
    if (!columns.includes(name)) throw new EngineError('MISSING_COLUMN', `${path}: no column '${name}' (a catalog has ${REQUIRED.join(', ')}, then one column per attribute)`, { source: path, line: 1 });
  }
  const at = (name: string) => columns.indexOf(name);
  const attributes = columns.filter((c) => !(REQUIRED as readonly string[]).includes(c));
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const line = i + 2;
    const cell = (c: number) => unquote(row[c] ?? '');
    const productId = cell(at('product_id'));
    if (productId === '' || seen.has(productId)) throw new EngineError('BAD_CATALOG', `${path}:${line}: product_id ${productId === '' ? 'is empty' : `'${productId}' appears twice`}`, { source: path, line });
    seen.add(productId);
    const priceText = cell(at('price'));
    const price = priceText === '' ? NaN : Number(priceText);
    if (priceText !== '' && !(Number.isFinite(price) && price >= 0)) throw new EngineError('BAD_CATALOG', `${path}:${line}: product ${productId}: price '${priceText}' is not a price`, { source: path, line });
    const values = Object.fromEntries(attributes.map((a) => [a, cell(at(a)) || null]));
    return { productId, name: cell(at('name')), price, attributes: values };
  });
}

/** A cell without surrounding blanks and without the `'` put before formula-like text. */
function unquote(text: string): string {
  const t = text.trim();
  return t.startsWith("'") && /^'[=+\-@\t\r]/.test(t) ? t.slice(1) : t;
}
