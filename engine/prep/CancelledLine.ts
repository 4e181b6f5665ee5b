/**
 * One cancellation or return read from a source: units of a product a customer took back. The
 * loader collects them and nets them against the purchases they cancel (`netCancellations`).
 */
export interface CancelledLine {
  customerId: string;
  productId: string;
  /** When it was cancelled, ms since the epoch (UTC). */
  orderTime: number;
  /** Units cancelled, > 0 (the source's negative quantity, made positive). */
  quantity: number;
}

/** What netting cancellations against purchases did (see `netCancellations`). */
export interface CancellationReport {
  /** Cancellation lines read (the `cancelled` rows that name a customer and a product). */
  lines: number;
  /** Of them, the lines netted against an earlier purchase of the same product by the same customer. */
  netted: number;
  /** Units taken off those purchases. */
  nettedQuantity: number;
  /** Lines with no earlier purchase left to net against (bought before the file starts, most likely). */
  unmatched: number;
  /** Units cancelled beyond what they could be netted against (unmatched lines and the excess of netted ones). */
  unmatchedQuantity: number;
  /** Purchases (a product in an order) cancelled in full, so removed from the history. */
  purchasesRemoved: number;
  /** Orders all of whose products were cancelled, so removed from the history: a cancelled order is no habit. */
  ordersRemoved: number;
}
