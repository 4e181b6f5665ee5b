/** How an attribute's values are read and compared: a word from a list, a number, or yes/no. */
export type AttributeKind = 'category' | 'number' | 'yesNo';

/**
 * A product attribute as an admin maps it (custom metadata `OO_ProductAttribute__mdt` in Salesforce,
 * the questionnaire's `attributes` in a file): its name (the catalog column), kind, unit, and for
 * numbers whether more or less is always better (`better`), e.g. price: less.
 */
export interface CatalogAttribute {
  name: string;
  kind: AttributeKind;
  unit?: string;
  better?: 'more' | 'less';
}

/** One attribute's value: null when the product does not state it. */
export type AttributeValue = string | number | boolean | null;

/** A product with its attributes, as the catalog CSV holds it (`product_id,name,price,<attributes>`). */
export interface CatalogProduct {
  productId: string;
  name: string;
  /** Unit price (the median paid, each order once); NaN when none is known. */
  price: number;
  attributes: Record<string, AttributeValue>;
}
