import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { attributeCoverage, catalogFromHistory, DESCRIBED_ATTRIBUTES, type CatalogProduct } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { csvCell } from '../csvCell.js';
import { oneOf, PRESETS, required } from '../options.js';
import { readOrders } from '../readOrders.js';

/** The flags of `catalog` (each documented in `HELP.catalog`). */
export const CATALOG_OPTIONS = {
  orders: { type: 'string' },
  preset: { type: 'string' },
  out: { type: 'string' },
} as const;

/**
 * `optimal-order catalog`: every product of an order file with the attributes read from its
 * description and price (`catalogFromHistory`), as CSV `product_id,name,price,<attributes>`; each
 * attribute's coverage (share of products that have it) on standard error.
 */
export async function catalogCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: CATALOG_OPTIONS, strict: true });
  const ordersPath = required(values, 'orders', 'catalog');
  const preset = oneOf(values.preset, PRESETS, 'canonical', 'preset', 'catalog');
  const history = await readOrders(ordersPath, preset, io.stderr);
  const products = catalogFromHistory(history);
  const text = catalogCsv(products);
  if (values.out) await writeFile(values.out, text);
  else io.stdout.write(text);
  io.stderr.write(`${products.length} products; coverage: ${coverageLine(products)}\n`);
  return 0;
}

/** The catalog as CSV: prices to the cent, unknown values empty, formula-like text defused. */
export function catalogCsv(products: readonly CatalogProduct[]): string {
  const names = DESCRIBED_ATTRIBUTES.map((a) => a.name);
  const rows = products.map((p) => [p.productId, p.name, Number.isFinite(p.price) ? Math.round(p.price * 100) / 100 : null, ...names.map((n) => p.attributes[n])].map(csvCell));
  return stringify([['product_id', 'name', 'price', ...names], ...rows]);
}

/** "type 77.6 %, colour 37.6 %, …" in the catalog's column order. */
function coverageLine(products: readonly CatalogProduct[]): string {
  const coverage = attributeCoverage(products, DESCRIBED_ATTRIBUTES);
  return [...coverage].map(([name, share]) => `${name} ${(share * 100).toFixed(1)} %`).join(', ');
}
