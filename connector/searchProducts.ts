import type { OrgClient } from './orgClient.js';
import type { OrderObjects } from './OrgSchema.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import type { ProductSummary } from './SalesforcePort.js';
import { searchLimit } from './searchAccounts.js';
import { contains, soql, soqlName } from './soql.js';

/** `SalesforcePort.searchProducts`: active entries of the standard price book whose product's name or code contains `text`. */
export async function searchProducts(client: OrgClient, orders: OrderObjects, text: string, limit = 20): Promise<ProductSummary[]> {
  const { code, name } = orders.product;
  const cost = PACKAGE_OBJECTS.product.unitCost;
  const records = await client.query<Record<string, unknown> & { Id: string; Product2Id: string; UnitPrice: number }>(
    soql`SELECT Id, Product2Id, Product2.${soqlName(name)}, Product2.${soqlName(code)}, Product2.${soqlName(cost)}, UnitPrice FROM PricebookEntry WHERE Pricebook2.IsStandard = true AND IsActive = true AND (Product2.${soqlName(name)} LIKE ${contains(text)} OR Product2.${soqlName(code)} LIKE ${contains(text)}) ORDER BY Product2.${soqlName(name)} LIMIT ${searchLimit(limit)}`,
  );
  return records.map((r) => {
    const p2 = (r.Product2 ?? {}) as Record<string, string | number | null>;
    const unitCost = p2[cost];
    return { id: r.Product2Id, productId: String(p2[code] ?? r.Product2Id), name: String(p2[name] ?? ''), pricebookEntryId: r.Id, listPrice: r.UnitPrice, unitCost: typeof unitCost === 'number' ? unitCost : null };
  });
}
