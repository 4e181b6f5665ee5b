import type { FieldReader } from './FieldReader.js';
import type { OrderLine } from './OrderLine.js';

/**
 * What a source row is, as far as the history is concerned. Only `purchase` rows enter it; every
 * other kind is counted in the load report, so no row is dropped silently.
 * - `purchase`: a product bought by a known customer, quantity > 0 (price may be unusable).
 * - `anonymous`: no customer id, so not attributable to an account.
 * - `nonProduct`: a stock code that is not a product (postage, fees, discounts, manual lines).
 * - `cancelled`: a cancellation or return (a `C` invoice, or a negative quantity).
 * - `zeroQuantity`: quantity 0, which buys nothing.
 */
export type RowKind = 'purchase' | 'anonymous' | 'nonProduct' | 'cancelled' | 'zeroQuantity';

/**
 * Interprets one row (its fields as strings, in file order) and says what kind it is.
 * For a `purchase` it fills every field of `out` (a reused object: the loader hands it to the
 * history builder at once and never keeps it), with `unitPrice` `NaN` when the price is ≤ 0.
 * For a `cancelled` row it fills `customerId`, `orderId`, `orderTime`, `productId` and `quantity`
 * (the units cancelled, as a positive number), for netting against the purchase it cancels.
 * For a `nonProduct` it sets `out.productId` to the code, for the report's per-code tally.
 * Throws `MALFORMED_ROW` (through the `FieldReader`) when a field cannot be read.
 */
export type RowInterpreter = (values: readonly string[], out: OrderLine) => RowKind;

/** A source format: which columns it needs and how its rows become order lines. */
export interface OrderPreset {
  /** The name users pick it by, e.g. `canonical`. */
  readonly name: string;
  /** Columns the header must have (matched ignoring case and surrounding spaces). */
  readonly requiredColumns: readonly string[];
  /** Columns used when present. */
  readonly optionalColumns: readonly string[];
  /**
   * The interpreter for one file. `columns` maps each required column, and each optional one
   * present, to its position in the row; `fields` reads typed values and reports bad ones.
   */
  bind(columns: ReadonlyMap<string, number>, fields: FieldReader): RowInterpreter;
}
