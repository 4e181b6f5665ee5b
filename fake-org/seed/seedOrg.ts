import type { OrgStore } from '../OrgStore.js';
import type { SeedLine } from './SeedLine.js';

/** What seeding made, by source key, for tests to find records. */
export interface SeedIds {
  standardPricebook: string;
  accounts: Map<string, string>;
  products: Map<string, string>;
  entries: Map<string, string>;
}

/**
 * Fills the store from order lines: one Account per account number, one Product2 per product
 * code, the standard price book with an active entry per product (priced at the median price
 * paid), one activated Order per order name and an OrderItem per line. Records go through the
 * store's checks, as an import would.
 */
export function seedOrg(store: OrgStore, lines: Iterable<SeedLine>): SeedIds {
  const ids: SeedIds = {
    standardPricebook: store.create('Pricebook2', { Name: 'Standard Price Book', IsStandard: true, IsActive: true }, { asSystem: true }).Id,
    accounts: new Map(),
    products: new Map(),
    entries: new Map(),
  };
  const prices = new Map<string, number[]>();
  const byOrder = new Map<string, SeedLine[]>();
  for (const l of lines) {
    if (!ids.accounts.has(l.accountNumber)) {
      ids.accounts.set(l.accountNumber, store.create('Account', { Name: l.accountName, AccountNumber: l.accountNumber, BillingCountry: l.country }).Id);
    }
    if (!ids.products.has(l.productCode)) {
      ids.products.set(l.productCode, store.create('Product2', { Name: l.productName || l.productCode, ProductCode: l.productCode, IsActive: true }).Id);
      prices.set(l.productCode, []);
    }
    prices.get(l.productCode)!.push(l.unitPrice);
    const key = `${l.accountNumber}\u0000${l.orderName}`;
    const order = byOrder.get(key);
    if (order) order.push(l);
    else byOrder.set(key, [l]);
  }
  for (const [code, paid] of prices) {
    paid.sort((a, b) => a - b);
    const median = paid[paid.length >> 1]!;
    ids.entries.set(code, store.create('PricebookEntry', { Pricebook2Id: ids.standardPricebook, Product2Id: ids.products.get(code)!, UnitPrice: median, IsActive: true }).Id);
  }
  for (const orderLines of byOrder.values()) {
    const first = orderLines[0]!;
    const order = store.create('Order', {
      AccountId: ids.accounts.get(first.accountNumber)!,
      Pricebook2Id: ids.standardPricebook,
      EffectiveDate: first.orderDate,
      Status: 'Activated',
      Name: first.orderName,
    });
    for (const l of orderLines) {
      store.create('OrderItem', { OrderId: order.Id, Product2Id: ids.products.get(l.productCode)!, PricebookEntryId: ids.entries.get(l.productCode)!, Quantity: l.quantity, UnitPrice: l.unitPrice });
    }
  }
  return ids;
}
