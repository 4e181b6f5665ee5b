/**
 * Where an org keeps orders, as object and field names: the standard `Order` / `OrderItem` by
 * default; an org with custom objects maps its own names here (`connector` builds every query from
 * this, through `soqlName`, so a wrong name fails as Salesforce's `INVALID_FIELD`, not as injection).
 */
export interface OrderObjects {
  /** The order line object and its fields. */
  line: {
    object: string;
    quantity: string;
    unitPrice: string;
    /** Product lookup field, and the relationship to read the product's fields through. */
    product: string;
    productRelationship: string;
    /** Order lookup relationship, for the order's date, account and number. */
    orderRelationship: string;
  };
  /** Fields of the order, read through `line.orderRelationship`. */
  order: { account: string; date: string; number: string };
  /** Fields of the product, read through `line.productRelationship`. */
  product: { code: string; name: string };
}

/** The standard objects: `OrderItem` with `Order` and `Product2`. */
export const STANDARD_ORDER_OBJECTS: OrderObjects = {
  line: { object: 'OrderItem', quantity: 'Quantity', unitPrice: 'UnitPrice', product: 'Product2Id', productRelationship: 'Product2', orderRelationship: 'Order' },
  order: { account: 'AccountId', date: 'EffectiveDate', number: 'OrderNumber' },
  product: { code: 'ProductCode', name: 'Name' },
};

// The package's names live in packageSchema.ts; re-exported here for the modules that import them from this file.
export { PACKAGE_OBJECTS, MODEL_FILE } from './packageSchema.js';
