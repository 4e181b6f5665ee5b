import type { CatalogAttribute } from '../catalog/index.js';

/** A number attribute's values per product (NaN: not stated) and their range over the catalog. */
export interface NumberColumn {
  kind: 'number';
  values: Float64Array;
  min: number;
  max: number;
}

/** A category or yes/no attribute: per product a code into `words` (−1: not stated). Yes/no: ['no', 'yes']. */
export interface CodeColumn {
  kind: 'category' | 'yesNo';
  codes: Int32Array;
  words: string[];
}

/**
 * The catalog as the guide reads it: products in a fixed order (ties are broken by it), one column
 * per attribute the questionnaire declares. Plain data (typed arrays, arrays, a record), so a Web
 * Worker gets it once and the guide is called once per answer.
 */
export interface GuideCatalog {
  productIds: string[];
  names: string[];
  attributes: CatalogAttribute[];
  columns: Record<string, NumberColumn | CodeColumn>;
}
