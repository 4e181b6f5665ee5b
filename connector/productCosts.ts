import type { OrgClient } from './orgClient.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import { salesforceId } from './salesforceId.js';
import { soql, soqlName } from './soql.js';

/** `SalesforcePort.productCosts`: the unit costs of these products that have one, keyed as asked (15 or 18 characters), in one request. */
export async function productCosts(client: OrgClient, product2Ids: readonly string[]): Promise<Map<string, number>> {
  const costs = new Map<string, number>();
  if (product2Ids.length === 0) return costs;
  const field = PACKAGE_OBJECTS.product.unitCost;
  const ids = [...new Set(product2Ids)].map((id) => salesforceId(id, 'Product2'));
  const records = await client.query<Record<string, unknown> & { Id: string }>(soql`SELECT Id, ${soqlName(field)} FROM Product2 WHERE Id IN ${ids} AND ${soqlName(field)} != null`);
  // Keyed as asked (15 or 18 characters), so callers look up the ids they have.
  const asked = new Map(ids.map((id) => [id.slice(0, 15), id] as const));
  for (const r of records) costs.set(asked.get(r.Id.slice(0, 15)) ?? r.Id, Number(r[field]));
  return costs;
}
