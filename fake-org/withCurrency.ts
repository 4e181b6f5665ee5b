import type { FieldSchema, ObjectSchema } from './schema.js';

/**
 * Objects that get `CurrencyIsoCode` when the org has multiple currencies: those holding amounts.
 * On a child whose amounts are its parent's (line items), the code is read-only and copied from the
 * parent (`objectRules`), as Salesforce does.
 */
const CURRENCY_OBJECTS: Readonly<Record<string, 'own' | 'inherited'>> = {
  Account: 'own',
  Opportunity: 'own',
  OpportunityLineItem: 'inherited',
  PricebookEntry: 'own',
  Product2: 'own',
  Order: 'own',
  OrderItem: 'inherited',
  OO_Proposal__c: 'own',
  OO_ProposalLine__c: 'inherited',
  OO_Promotion__c: 'own',
};

/** The multi-currency version of a schema: `CurrencyIsoCode` (a 3-letter picklist) on every object with amounts. */
export function withCurrency(schema: readonly ObjectSchema[]): ObjectSchema[] {
  return schema.map((o) => {
    const kind = CURRENCY_OBJECTS[o.name];
    if (!kind) return o;
    const field: FieldSchema = { name: 'CurrencyIsoCode', type: 'picklist', length: 3, label: 'Currency ISO Code', ...(kind === 'inherited' ? { readOnly: true } : {}) };
    return { ...o, fields: [...o.fields, field] };
  });
}

/** Whether an object's currency is its parent's (set from it, never written). */
export function inheritsCurrency(objectName: string): boolean {
  return CURRENCY_OBJECTS[objectName] === 'inherited';
}
