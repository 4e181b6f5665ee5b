import type { OrgClient } from './orgClient.js';
import { orderLineReader } from './orderLineReader.js';
import type { OrderObjects } from './OrgSchema.js';
import type { OrgOrderLine } from './SalesforcePort.js';
import { soql } from './soql.js';

/** `SalesforcePort.loadAllOrderLines`: every order line the user sees, oldest first, by REST pages of up to 2,000. */
export async function loadAllOrderLines(client: OrgClient, orders: OrderObjects, onPage?: (soFar: number, total: number) => void): Promise<OrgOrderLine[]> {
  const lines = orderLineReader(orders);
  return (await client.query<Record<string, unknown>>(soql`${lines.select} ${lines.orderBy}`, onPage)).map(lines.toLine);
}
