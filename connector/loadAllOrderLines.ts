import type { OrgClient } from './orgClient.js';
import { orderLineReader } from './orderLineReader.js';
import type { OrderObjects } from './OrgSchema.js';
import type { OrgOrderLine } from './SalesforcePort.js';
import { soql, soqlName } from './soql.js';

/**
 * Above this many order lines, `loadAllOrderLines` reads them with a Bulk API 2.0 query job instead
 * of REST pages. REST answers at most 2,000 rows a request, so 50,000 lines are 25 requests and a
 * few seconds, with progress and no wait; a Bulk job costs a fixed wait (it is queued, then polled)
 * that pays off only beyond that, where REST would take hundreds of requests from the org's daily
 * API allowance (Salesforce: Bulk queries are designed for 10,000 records or more).
 */
export const BULK_QUERY_THRESHOLD = 50_000;

/**
 * `SalesforcePort.loadAllOrderLines`: every order line the user sees, oldest first. It counts
 * them first (`SELECT COUNT()`, one request); up to `threshold` they are read by REST pages of up
 * to 2,000, beyond it by one Bulk API 2.0 query job, sorted here as the REST query orders them
 * (a Bulk query is left unsorted: sorting millions of rows in the org risks its time limit).
 */
export async function loadAllOrderLines(client: OrgClient, orders: OrderObjects, onPage?: (soFar: number, total: number) => void, threshold = BULK_QUERY_THRESHOLD): Promise<OrgOrderLine[]> {
  const lines = orderLineReader(orders);
  const total = await client.count(soql`SELECT COUNT() FROM ${soqlName(orders.line.object)}`);
  if (total <= threshold) return (await client.query<Record<string, unknown>>(soql`${lines.select} ${lines.orderBy}`, onPage)).map(lines.toLine);
  const rows = await client.bulk.query(lines.select, (soFar) => onPage?.(soFar, total));
  const keyed = rows.map((row) => {
    const record = nested(row);
    return { id: String(row.Id), line: lines.toLine(record) };
  });
  keyed.sort((a, b) => compare(a.line.orderDate, b.line.orderDate) || compare(a.line.orderId, b.line.orderId) || compare(a.id, b.id));
  return keyed.map((k) => k.line);
}

/** A Bulk CSV row as a REST record: dotted columns (`Order.AccountId`) as nested objects, empty cells as null. */
function nested(row: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    const path = column.split('.');
    let at = out;
    for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
    at[path[path.length - 1]!] = value === '' ? null : value;
  }
  return out;
}

/** Salesforce's order of ids and ISO dates: by code unit (ids are case-sensitive). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
