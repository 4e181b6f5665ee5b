import type { PriceStep } from '../explain/index.js';

/** A recommended unit price with the steps that produced it, in order, for the rep to read. */
export interface PriceQuote {
  value: number;
  /** e.g. ["median 2.10 over 14 orders", "-5 % win-back", "floor 1.95"]. */
  steps: string[];
  /**
   * The same steps as data (added), for rendering in the rep's language (`renderPriceSteps`);
   * `steps` is their English rendering. Optional: a quote made elsewhere may carry text only.
   */
  stepData?: PriceStep[];
  /** The lowest price the rules allow for this line (a `min` or `minMargin` rule), if any: a rep's price below it is flagged. */
  floor?: number;
}
