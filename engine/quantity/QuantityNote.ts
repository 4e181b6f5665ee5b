/**
 * A proposed quantity outside what is usual, as data (rendered by `explain`'s `renderReason`):
 * - `customer`: outside this customer's own usual range of the product (`usualRange`): "unusual
 *   quantity: this customer usually takes 12 (6–24)";
 * - `product`: the customer has too few orders of it to judge, and the quantity is above what
 *   99 % of all customers' orders of it take: "unusual quantity: customers take up to 480 (median 24)".
 */
export interface UnusualQuantityNote {
  code: 'unusual-quantity';
  basis: 'customer' | 'product';
  /** The quantity proposed. */
  quantity: number;
  /** The usual median, and the bounds a quantity is usual within (`low` 0 for `product`). */
  median: number;
  low: number;
  high: number;
}

/** A quantity rounded to the product's usual multiple: "rounded to a multiple of 12, as it is always ordered". */
export interface RoundedQuantityNote {
  code: 'rounded-quantity';
  /** Whose orders show the multiple: this customer's, or all customers'. */
  basis: 'customer' | 'product';
  multiple: number;
  /** The quantity before rounding. */
  from: number;
}

/** What the quantity guard says about a proposed quantity. */
export type QuantityNote = UnusualQuantityNote | RoundedQuantityNote;
