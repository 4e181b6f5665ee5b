import { isBlank } from './isBlank.js';
import type { OrderPreset } from './OrderPreset.js';

/**
 * The canonical order-line CSV that integrators export:
 * `customer_id, order_id, order_date, product_id, quantity, unit_price` and optionally
 * `product_name, customer_name`. Dates are `YYYY-MM-DD[ HH:MM[:SS]]` (UTC), numbers plain decimals.
 * An empty customer id is anonymous; a negative quantity is a return (netted against the purchase
 * it returns); quantity 0 is its own kind.
 * Non-product detection is not applied: the integrator exports products only.
 */
export const canonicalPreset: OrderPreset = {
  name: 'canonical',
  requiredColumns: ['customer_id', 'order_id', 'order_date', 'product_id', 'quantity', 'unit_price'],
  optionalColumns: ['product_name', 'customer_name'],
  bind(columns, fields) {
    const customer = columns.get('customer_id')!;
    const order = columns.get('order_id')!;
    const date = columns.get('order_date')!;
    const product = columns.get('product_id')!;
    const quantityAt = columns.get('quantity')!;
    const price = columns.get('unit_price')!;
    const productName = columns.get('product_name');
    const customerName = columns.get('customer_name');

    return (values, out) => {
      // Every field is checked before the row is classified: a bad value anywhere is a bad file.
      const orderId = fields.nonEmpty(values[order]!, 'order_id');
      const productId = fields.nonEmpty(values[product]!, 'product_id');
      const orderTime = fields.dateTime(values[date]!, 'order_date');
      const quantity = fields.decimal(values[quantityAt]!, 'quantity');
      const unitPrice = fields.decimal(values[price]!, 'unit_price');
      const customerId = values[customer]!;

      if (isBlank(customerId)) return 'anonymous';
      if (quantity === 0) return 'zeroQuantity';
      out.customerId = customerId;
      out.orderId = orderId;
      out.orderTime = orderTime;
      out.productId = productId;
      // A return's units as a positive number: what it takes off the purchase it returns.
      out.quantity = Math.abs(quantity);
      if (quantity < 0) return 'cancelled';
      out.unitPrice = unitPrice > 0 ? unitPrice : NaN;
      out.productName = productName === undefined ? undefined : values[productName];
      out.customerName = customerName === undefined ? undefined : values[customerName];
      return 'purchase';
    };
  },
};
