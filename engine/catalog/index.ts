// The public face of catalogue helpers: product groups and attributes read from descriptions.

export { productGroup } from './productGroup.js';
export type { AttributeKind, AttributeValue, CatalogAttribute, CatalogProduct } from './CatalogProduct.js';
export { describeProduct, type DescribedAttributes } from './describeProduct.js';
export { priceBand, PRICE_BANDS } from './priceBand.js';
export { catalogFromHistory, attributeCoverage, DESCRIBED_ATTRIBUTES, PRICE_ATTRIBUTE } from './catalogFromHistory.js';
