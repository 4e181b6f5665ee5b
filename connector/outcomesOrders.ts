import type { OrgClient } from './orgClient.js';
import { orderLineReader } from './orderLineReader.js';
import type { OrderObjects } from './OrgSchema.js';
import type { OrgOrderLine } from './SalesforcePort.js';
import { soql, soqlName, SoqlDate } from './soql.js';

/**
 * Account ids bound in one query's `IN` list: 200 quoted ids of 18 characters are about 5 KB of the
 * URL-encoded query, inside the 16,384 bytes of URI and headers a REST call may have (Salesforce
 * Help 000386264, "Maximum number of rows returned by SOQL queries over the REST API") with room for
 * the rest of the query and the session header.
 */
export const ACCOUNTS_PER_QUERY = 200;

/**
 * The order lines of these accounts whose order is dated `since` (`YYYY-MM-DD`) or later, as the
 * outcome step reads them when it runs alone (`optimal-order outcomes`): one paged query per
 * `ACCOUNTS_PER_QUERY` accounts, so a nightly run reads only the logged accounts' recent orders,
 * not the whole org's history.
 */
export async function orderLinesSince(client: OrgClient, orders: OrderObjects, accountIds: readonly string[], since: string): Promise<OrgOrderLine[]> {
  const reader = orderLineReader(orders);
  const date = soqlName(`${orders.line.orderRelationship}.${orders.order.date}`);
  const out: OrgOrderLine[] = [];
  for (let i = 0; i < accountIds.length; i += ACCOUNTS_PER_QUERY) {
    const ids = accountIds.slice(i, i + ACCOUNTS_PER_QUERY);
    const page = await client.query<Record<string, unknown>>(soql`${reader.select} WHERE ${reader.accountField} IN ${ids} AND ${date} >= ${new SoqlDate(since)} ${reader.orderBy}`);
    for (const r of page) out.push(reader.toLine(r));
  }
  return out;
}
