import Papa from 'papaparse';
import { isNonProductCode, netLines, normaliseCustomerId, parseDateTime, type CancelledLine } from '../../engine/index.js';
import type { SeedLine } from './SeedLine.js';

/**
 * The shared Online Retail file's text as seed lines: the purchase lines the `online-retail` preset
 * keeps (a customer, a product code, a positive quantity; anonymous sales and non-product codes left
 * out), cancellations netted against the purchases they cancel as the loader nets them (`netLines`:
 * 12346's 74,215 jars, cancelled 16 minutes later, are not an order), each customer an account named after its id with its country,
 * prices ≤ 0 left at 0. `maxCustomers` keeps the first customers (by id) for a lighter org. No I/O:
 * the demo runs it in the browser on the file it fetched.
 */
export function seedLinesFromCsv(text: string, { maxCustomers = Infinity } = {}): SeedLine[] {
  const { data } = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const lines: (SeedLine & { customerId: string; orderId: string; orderTime: number; productId: string })[] = [];
  const cancellations: CancelledLine[] = [];
  const customers = new Set<string>();
  for (const row of data.slice(1)) {
    const [invoice, code, description, quantity, date, price, customer, country] = row as [string, string, string, string, string, string, string, string];
    if (!customer || isNonProductCode(code)) continue;
    const q = Number(quantity);
    const accountNumber = normaliseCustomerId(customer);
    if (invoice.startsWith('C') || q < 0) {
      if (q !== 0) cancellations.push({ customerId: accountNumber, productId: code, orderTime: parseDateTime(date), quantity: Math.abs(q) });
      continue;
    }
    if (!(q > 0)) continue;
    if (!customers.has(accountNumber)) {
      if (customers.size >= maxCustomers) continue;
      customers.add(accountNumber);
    }
    lines.push({
      customerId: accountNumber,
      orderId: invoice,
      orderTime: parseDateTime(date),
      productId: code,
      accountNumber,
      accountName: `Customer ${accountNumber}`,
      country: country || null,
      orderName: invoice,
      orderDate: date.slice(0, 10),
      productCode: code,
      productName: description.trim() || code,
      quantity: q,
      unitPrice: Math.max(0, Number(price) || 0),
    });
  }
  return netLines(lines, cancellations).map(({ customerId, orderId, orderTime, productId, ...seed }) => seed);
}
