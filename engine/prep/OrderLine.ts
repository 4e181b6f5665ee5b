/**
 * One normalised order line: a product bought (or returned) by a customer in one order.
 * Presets turn a source row into this; the history builder groups lines into baskets.
 */
export interface OrderLine {
  customerId: string;
  orderId: string;
  /** When the order was placed, milliseconds since the Unix epoch, read as UTC. */
  orderTime: number;
  productId: string;
  /** Units; positive for a purchase. */
  quantity: number;
  /** Price per unit; `NaN` when the source gave no usable price (zero or negative). */
  unitPrice: number;
  productName?: string;
  customerName?: string;
}
