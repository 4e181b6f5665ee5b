import type { OrderHistory } from '../prep/index.js';
import { SEGMENTS, type CustomerSegment } from '../segments/index.js';
import { hasBasePrice, type PreparedPrices } from './basePrice.js';

/**
 * The unit prices paid before a date, one per order line, indexed for base prices: by product,
 * and within a product by customer (ascending), with each customer's segment. Built once per
 * as-of date (one pass over the history); `basePrice` reads it. Unknown prices (`NaN`, which the
 * loader gives to zero and negative ones) are left out.
 */
export class PriceBook {
  /** Product p's observations are `start[p] .. start[p + 1] - 1`. */
  readonly start: Int32Array;
  readonly customer: Int32Array;
  readonly price: Float64Array;
  /** Each customer's segment as an index into `SEGMENTS`, -1 when unknown. */
  readonly segmentCode: Int8Array;
  /** Base prices already computed for a segment or everyone, by `product * 5 + level`. */
  readonly cache = new Map<number, unknown>();

  constructor(
    readonly past: OrderHistory,
    readonly asOf: number,
    /** Customers' segments (from `segmentCustomers`), for the segment level; none skips it. */
    segments: readonly Pick<CustomerSegment, 'customer' | 'segment'>[] = [],
    /** The segment and everyone levels of a prepared model (`preparedPrices`): then `past` need only hold the customers priced. */
    readonly prepared?: PreparedPrices,
  ) {
    const nProducts = past.productIds.length;
    const nCustomers = past.customerIds.length;
    this.segmentCode = new Int8Array(nCustomers).fill(-1);
    for (const s of segments) if (s.customer >= 0 && s.customer < nCustomers) this.segmentCode[s.customer] = SEGMENTS.indexOf(s.segment);
    const counts = new Int32Array(nProducts + 1);
    this.forEachPrice((_, p) => counts[p + 1]!++);
    for (let p = 0; p < nProducts; p++) counts[p + 1]! += counts[p]!;
    this.start = counts.slice();
    this.customer = new Int32Array(counts[nProducts]!);
    this.price = new Float64Array(counts[nProducts]!);
    // Customers are visited in index order, so each product's observations come out sorted by customer.
    this.forEachPrice((c, p, price) => {
      const at = counts[p]!++;
      this.customer[at] = c;
      this.price[at] = price;
    });
  }

  /**
   * Whether product `p` has a base price for customer index `customer` (−1: anyone): the customer
   * paid a known price for it, or enough customers did for everyone's price (`basePrice`).
   */
  hasPrice(p: number, customer = -1): boolean {
    return hasBasePrice(this, customer, p);
  }

  /** Calls `f` for every known price of a line ordered before `asOf`, customer by customer. */
  private forEachPrice(f: (customer: number, product: number, price: number) => void): void {
    const h = this.past;
    for (let c = 0; c < h.customerIds.length; c++) {
      for (let b = h.basketStart[c]!; b < h.basketStart[c + 1]! && h.basketTime[b]! < this.asOf; b++) {
        for (let i = h.itemStart[b]!; i < h.itemStart[b + 1]!; i++) {
          const price = h.itemPrice[i]!;
          if (price > 0 && Number.isFinite(price)) f(c, h.itemProduct[i]!, price);
        }
      }
    }
  }
}
