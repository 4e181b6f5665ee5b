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

/** The package's own objects and fields (the names `manifest/` defines). */
export const PACKAGE_OBJECTS = {
  /** A field the package adds to Product2: the unit cost, for the order's margin (may be empty). */
  product: { unitCost: 'OO_UnitCost__c' },
  proposal: {
    object: 'OO_Proposal__c',
    externalId: 'OO_ExternalId__c',
    account: 'OO_Account__c',
    opportunity: 'OO_Opportunity__c',
    status: 'OO_Status__c',
    segment: 'OO_Segment__c',
    engineVersion: 'OO_EngineVersion__c',
    proposedValue: 'OO_ProposedValue__c',
    acceptedValue: 'OO_AcceptedValue__c',
    rejectionReason: 'OO_RejectionReason__c',
    /** Unique: the account (15-character id) and day of an accepted proposal, so a second one that day is refused (`acceptedKey`). */
    acceptedKey: 'OO_AcceptedKey__c',
  },
  proposalLine: {
    object: 'OO_ProposalLine__c',
    proposal: 'OO_Proposal__c',
    product: 'OO_Product__c',
    kind: 'OO_Kind__c',
    outcome: 'OO_Outcome__c',
    proposedQuantity: 'OO_ProposedQuantity__c',
    quantity: 'OO_Quantity__c',
    proposedPrice: 'OO_ProposedPrice__c',
    price: 'OO_Price__c',
    probability: 'OO_Probability__c',
    reason: 'OO_Reason__c',
    priceSteps: 'OO_PriceSteps__c',
    rejectionReason: 'OO_RejectionReason__c',
  },
} as const;

/**
 * The prepared model, stored as a Salesforce File (ContentVersion). The first `optimal-order
 * prepare` publishes a new document with this title into the model library; the admin pins that
 * document's id (`OO_EngineSetting__mdt.Default` `OO_ModelDocumentId__c`), and later runs add
 * versions to it. The title is only a label for people: no file is ever found by it.
 */
export const MODEL_FILE = {
  title: 'Optimal Order prepared model',
  pathOnClient: 'optimal-order-model.json',
} as const;
