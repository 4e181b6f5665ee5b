import type { Segment } from '../segments/Segment.js';

/** A promotion an admin defines: a discount on a product or a product group, for a time. */
export interface Promotion {
  /** Unique name, shown to the rep and used in error messages. */
  name: string;
  /** Exactly one of `productIds` or `group` (a product group, see `productGroup`). */
  productIds?: string[];
  group?: string;
  /** Discount in percent of the unit price, in (0, 100). */
  discountPercent: number;
  /** Validity, inclusive, `YYYY-MM-DD` (UTC). */
  validFrom: string;
  validTo: string;
  /** Segments it is for; all when omitted. */
  segments?: Segment[];
  /** Minimum quantity on the line for the promotion to apply (default 1). */
  minQuantity?: number;
}
