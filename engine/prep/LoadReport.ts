import type { CancellationReport } from './CancelledLine.js';

/**
 * What happened to each data row of one file (the header is not a row). Every row is counted
 * exactly once: `kept` plus the `excluded` counts equal `rows`.
 */
export interface LoadReport {
  /** The file or stream name, as used in error messages. */
  source: string;
  /** The preset that read it. */
  preset: string;
  /** Data rows read. */
  rows: number;
  /** Purchase lines that went into the history. */
  kept: number;
  /** Of the kept lines, those with a zero or negative price (kept with an unknown price). */
  zeroPrice: number;
  /**
   * Of the kept lines, exact copies of another line (same customer, order, product, quantity,
   * price and date-time). Kept and summed like any repeated product of an order: the file may mean
   * two lines (a product scanned twice), and a doubled export shows here.
   */
  duplicates: number;
  /** Rows left out of the history, by reason (see `RowKind`). */
  excluded: ExcludedCounts;
  /** The `nonProduct` rows per stock code, most frequent first; sums to `excluded.nonProduct`. */
  nonProductCodes: Record<string, number>;
  /**
   * The `excluded.cancelled` rows netted against the purchases they cancel: purchases and orders
   * cancelled in full are not in the history (nor in `baskets`), partly cancelled ones have fewer units.
   */
  cancellations: CancellationReport;
  /** Customers, products and baskets (orders) in the history (after netting cancellations). */
  customers: number;
  products: number;
  baskets: number;
  /** Earliest and latest order time of the kept lines (UTC ms), `NaN` when none was kept. */
  firstOrderTime: number;
  lastOrderTime: number;
}

/** Rows left out of the history, by reason. */
export interface ExcludedCounts {
  anonymous: number;
  nonProduct: number;
  cancelled: number;
  zeroQuantity: number;
}
