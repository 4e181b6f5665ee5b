import { isBlank } from './isBlank.js';
import type { OrderPreset } from './OrderPreset.js';

/**
 * Stock codes of the UCI "Online Retail" export that are not products, as observed in the file:
 * postage (`POST`, `DOT` dotcom postage, `C2` carriage), `M`/`m` manual, `S` samples, `D` discount,
 * `B` bad-debt adjustment, fees (`AMAZONFEE`, `BANK CHARGES`), `PADS`, `CRUK` charity commission,
 * and `23444` "Next Day Carriage": a shipping service behind a product-shaped code (found when the
 * demo proposed it; a scan of the descriptions found no other). `DCGS…` codes look odd but are products. Gift vouchers (`gift_0001_*`) are matched by prefix.
 */
export const NON_PRODUCT_CODES: ReadonlySet<string> = new Set([
  'POST', 'DOT', 'C2', 'M', 'm', 'S', 'D', 'B', 'AMAZONFEE', 'BANK CHARGES', 'PADS', 'CRUK', '23444',
]);

/** Prefix of the gift-voucher codes (`gift_0001_10`, `gift_0001_20`, …). */
const GIFT_VOUCHER_PREFIX = 'gift_0001_';

/**
 * The UCI "Online Retail" export (Chen, 2012) as published in CSV:
 * `InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country`,
 * dates `2010-12-01 08:26:00`, customer ids written as floats (`17850.0`, read as `17850`).
 *
 * A row is classified in this order, the first match wins: empty CustomerID → `anonymous` (it
 * cannot reach an account whatever else it is); a non-product code → `nonProduct` (a fee or a
 * discount is not an item, whether charged or refunded); an invoice starting with `C` or a
 * negative quantity → `cancelled` (its customer, product, time and units filled in, for netting);
 * quantity 0 → `zeroQuantity`; otherwise a `purchase`.
 */
export const onlineRetailPreset: OrderPreset = {
  name: 'online-retail',
  requiredColumns: ['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'],
  optionalColumns: ['Description', 'Country'],
  bind(columns, fields) {
    const invoice = columns.get('InvoiceNo')!;
    const stockCode = columns.get('StockCode')!;
    const quantityAt = columns.get('Quantity')!;
    const date = columns.get('InvoiceDate')!;
    const price = columns.get('UnitPrice')!;
    const customer = columns.get('CustomerID')!;
    const description = columns.get('Description');

    return (values, out) => {
      // Every field is checked before the row is classified: a bad value anywhere is a bad file.
      const orderId = fields.nonEmpty(values[invoice]!, 'InvoiceNo');
      const productId = fields.nonEmpty(values[stockCode]!, 'StockCode');
      const orderTime = fields.dateTime(values[date]!, 'InvoiceDate');
      const quantity = fields.decimal(values[quantityAt]!, 'Quantity');
      const unitPrice = fields.decimal(values[price]!, 'UnitPrice');
      const customerId = values[customer]!;

      if (isBlank(customerId)) return 'anonymous';
      if (isNonProductCode(productId)) {
        out.productId = productId;
        return 'nonProduct';
      }
      const cancelled = orderId.charCodeAt(0) === CANCELLATION_PREFIX || quantity < 0;
      if (!cancelled && quantity === 0) return 'zeroQuantity';
      out.customerId = normaliseCustomerId(customerId);
      out.orderId = orderId;
      out.orderTime = orderTime;
      out.productId = productId;
      // A cancellation's units as a positive number: what it takes off the purchase it cancels.
      out.quantity = Math.abs(quantity);
      if (cancelled) return 'cancelled';
      out.unitPrice = unitPrice > 0 ? unitPrice : NaN;
      out.productName = description === undefined ? undefined : values[description];
      out.customerName = undefined;
      return 'purchase';
    };
  },
};

/** `C`: the export marks a cancellation by prefixing the invoice number with it. */
const CANCELLATION_PREFIX = 67;

/** True for the stock codes of fees, postage, discounts and vouchers (see `NON_PRODUCT_CODES`). */
export function isNonProductCode(code: string): boolean {
  return NON_PRODUCT_CODES.has(code) || code.startsWith(GIFT_VOUCHER_PREFIX);
}

/**
 * The export writes CustomerID as a float (`17850.0`); the account id is `17850`. Drops a
 * fraction made only of zeros and leaves any other text as it is (an id, not a number).
 */
export function normaliseCustomerId(text: string): string {
  const dot = text.lastIndexOf('.');
  if (dot < 0) return text;
  for (let i = dot + 1; i < text.length; i++) if (text.charCodeAt(i) !== 48) return text;
  return dot === 0 ? text : text.slice(0, dot);
}
