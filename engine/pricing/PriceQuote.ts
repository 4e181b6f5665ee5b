/** A recommended unit price with the steps that produced it, in order, for the rep to read. */
export interface PriceQuote {
  value: number;
  /** e.g. ["median 2.10 over 14 orders", "-5 % win-back", "floor 1.95"]. */
  steps: string[];
}
