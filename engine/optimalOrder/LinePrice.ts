import type { PriceQuote } from '../pricing/index.js';
import type { LinePromotion } from './OptimalOrder.js';

/** Everything a line's price is told with: what `linePricer` gives the assembly for each line. */
export interface LinePrice {
  price: PriceQuote;
  /** The promotion, only when it lowers the final price (`choosePromotion`). */
  promotion: LinePromotion | null;
  /** The unit price the customer paid last time (`lastPaidPrice`); null when never. */
  lastPrice: number | null;
  /** `price.value` against the base price, in percent off, 1 decimal; null without a base price. */
  netDiscount: number | null;
  /**
   * The unit price the line would have without the client rule's discount (same promotion):
   * the client discount actually given is the difference; `price.value` when there is none.
   */
  withoutClientDiscount: number;
}
