import { median } from '../models/index.js';

/** Fewest of its own quantities of a product for a customer's usual range: a median and a spread need three. */
export const MIN_QUANTITIES_FOR_RANGE = 3;

/** MAD × 1.4826 estimates a standard deviation for normal data; the range is ± 3 of them. */
const MAD_TO_SD = 1.4826;
const SPREADS = 3;

/** What a customer usually takes of a product: the median and the range a quantity is usual within. */
export interface UsualRange {
  median: number;
  low: number;
  high: number;
}

/**
 * The robust range of `quantities` (one per order): within 3 scaled median absolute deviations of
 * the median, and never narrower than half to twice the median, so a customer who always takes 12
 * and lately 24 is not flagged (doubling is ordinary in this trade; ten times is not).
 * `null` with fewer than `MIN_QUANTITIES_FOR_RANGE` quantities.
 */
export function usualRange(quantities: readonly number[]): UsualRange | null {
  if (quantities.length < MIN_QUANTITIES_FOR_RANGE) return null;
  const m = median(quantities);
  const spread = SPREADS * MAD_TO_SD * median(quantities.map((q) => Math.abs(q - m)));
  return { median: m, low: Math.max(0, Math.min(m - spread, m / 2)), high: Math.max(m + spread, 2 * m) };
}
