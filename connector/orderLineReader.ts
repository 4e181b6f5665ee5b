import type { OrderObjects } from './OrgSchema.js';
import type { AccountSummary, OrgOrderLine } from './SalesforcePort.js';
import { soql, soqlName, type Soql } from './soql.js';

/** How order lines are read under an org's names: the fields to select, the order, and a record as a line. */
export interface OrderLineReader {
  /** `SELECT <fields> FROM <object>`: every field a line needs. */
  select: Soql;
  /** The lines' order: oldest order first, then by order id, then by line id. */
  orderBy: Soql;
  /** The order's account field, through the line's order relationship (for `WHERE`). */
  accountField: Soql;
  toLine(r: Record<string, unknown>): OrgOrderLine;
}

/** The reader of order lines for `orders` (standard Order / OrderItem, or an org's own objects). */
export function orderLineReader(orders: OrderObjects): OrderLineReader {
  const { line, order, product } = orders;
  const o = (f: string) => soqlName(`${line.orderRelationship}.${f}`);
  const p = (f: string) => soqlName(`${line.productRelationship}.${f}`);
  return {
    select: soql`SELECT Id, ${o('Id')}, ${o(order.account)}, ${o(order.number)}, ${o(order.date)}, ${soqlName(line.product)}, ${p(product.code)}, ${p(product.name)}, ${soqlName(line.quantity)}, ${soqlName(line.unitPrice)} FROM ${soqlName(line.object)}`,
    orderBy: soql`ORDER BY ${o(order.date)}, ${o('Id')}, Id`,
    accountField: soql`${o(order.account)}`,
    toLine(r) {
      const ord = (r[line.orderRelationship] ?? {}) as Record<string, unknown>;
      const prod = (r[line.productRelationship] ?? {}) as Record<string, unknown>;
      const price = r[line.unitPrice];
      return {
        accountId: String(ord[order.account]),
        orderId: String(ord.Id),
        orderNumber: (ord[order.number] as string | null) ?? null,
        orderDate: String(ord[order.date]),
        // Empty when the line has no Product2 (possible with an org's own objects): never the text "null".
        productId: r[line.product] === null || r[line.product] === undefined ? '' : String(r[line.product]),
        productCode: (prod[product.code] as string | null) ?? null,
        productName: String(prod[product.name] ?? ''),
        quantity: Number(r[line.quantity]),
        unitPrice: price === null || price === undefined ? null : Number(price),
      };
    },
  };
}

/** An Account record (query or record read) as the widget shows it. */
export function toAccount(r: { Id: string; Name: string; AccountNumber?: string | null; BillingCountry?: string | null }): AccountSummary {
  return { id: r.Id, name: r.Name, accountNumber: r.AccountNumber ?? null, country: r.BillingCountry ?? null };
}
