import type { OrderHistory } from '../prep/index.js';
import type { CatalogAttribute, CatalogProduct } from './CatalogProduct.js';
import { median } from '../models/medianQuantity.js';
import { describeProduct } from './describeProduct.js';
import { priceBand } from './priceBand.js';

/**
 * The attributes `catalogFromHistory` derives from descriptions and prices, in the catalog CSV's
 * column order. Pack size: more items per pack is not always better, so it has no `better`.
 */
export const DESCRIBED_ATTRIBUTES: readonly CatalogAttribute[] = [
  { name: 'type', kind: 'category' },
  { name: 'colour', kind: 'category' },
  { name: 'theme', kind: 'category' },
  { name: 'material', kind: 'category' },
  { name: 'pack_size', kind: 'number', unit: 'items' },
  { name: 'price_band', kind: 'category' },
];

/** The catalog's own price: a number where less is always better. */
export const PRICE_ATTRIBUTE: CatalogAttribute = { name: 'price', kind: 'number', unit: 'currency', better: 'less' };

/**
 * Every product of a history as a catalog row, in product id order: its most frequent description,
 * its price (the median unit price paid, each order once, NaN if none), and the attributes
 * `describeProduct` reads from the description plus the price band.
 */
export function catalogFromHistory(history: OrderHistory): CatalogProduct[] {
  const prices = pricesPaid(history);
  const order = history.productIds.map((_, p) => p).sort((a, b) => compare(history.productIds[a]!, history.productIds[b]!));
  return order.map((p) => {
    const name = history.productNames[p] ?? '';
    const price = median(prices[p]!);
    return { productId: history.productIds[p]!, name, price, attributes: { ...describeProduct(name), price_band: priceBand(price) } };
  });
}

/** Share of products with a value, per attribute name. */
export function attributeCoverage(products: readonly CatalogProduct[], attributes: readonly CatalogAttribute[]): Map<string, number> {
  const coverage = new Map<string, number>();
  for (const a of attributes) {
    const known = products.filter((p) => p.attributes[a.name] !== null && p.attributes[a.name] !== undefined).length;
    coverage.set(a.name, products.length === 0 ? 0 : known / products.length);
  }
  return coverage;
}

/** Known unit prices paid per product, one per basket. */
function pricesPaid(history: OrderHistory): number[][] {
  const prices: number[][] = history.productIds.map(() => []);
  for (let i = 0; i < history.itemProduct.length; i++) {
    const price = history.itemPrice[i]!;
    if (Number.isFinite(price)) prices[history.itemProduct[i]!]!.push(price);
  }
  return prices;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
