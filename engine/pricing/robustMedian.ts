/** The median of some prices after dropping outliers, with their spread. */
export interface RobustMedian {
  median: number;
  /** Median absolute deviation of the kept prices from their median (unscaled). */
  mad: number;
  /** How many prices were kept. */
  kept: number;
}

/**
 * Outliers are prices more than 3 robust standard deviations from the median (1.4826 × MAD is the
 * standard deviation of normal data): a mistyped price, a one-off giveaway.
 */
export const OUTLIER_SPREADS = 3;
/** MAD × 1.4826 estimates the standard deviation of normally distributed data. */
const MAD_TO_SD = 1.4826;
/**
 * The spread is never taken below 10 % of the median: when most orders pay one price (MAD 0), the
 * wholesale tiers of a product (10–20 % apart) are real prices, not outliers.
 */
const MIN_SPREAD_SHARE = 0.1;

/**
 * The median of `prices` (each one order) after dropping those beyond `OUTLIER_SPREADS` robust
 * standard deviations of the first median, and the MAD of the rest; null when there are none.
 * Sorts `prices` in place.
 */
export function robustMedian(prices: Float64Array | number[]): RobustMedian | null {
  if (prices.length === 0) return null;
  prices.sort((a, b) => a - b);
  const m = medianOfSorted(prices, 0, prices.length);
  const spread = Math.max(MAD_TO_SD * mad(prices, m, 0, prices.length), MIN_SPREAD_SHARE * m);
  let lo = 0;
  let hi = prices.length;
  while (prices[lo]! < m - OUTLIER_SPREADS * spread) lo++;
  while (prices[hi - 1]! > m + OUTLIER_SPREADS * spread) hi--;
  const median = medianOfSorted(prices, lo, hi);
  return { median, mad: mad(prices, median, lo, hi), kept: hi - lo };
}

/** The median of the sorted `xs[lo..hi)`. */
function medianOfSorted(xs: ArrayLike<number>, lo: number, hi: number): number {
  const mid = lo + ((hi - lo) >> 1);
  return (hi - lo) % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/** The median absolute deviation of `xs[lo..hi)` from `m`. */
function mad(xs: ArrayLike<number>, m: number, lo: number, hi: number): number {
  const d = new Float64Array(hi - lo);
  for (let i = lo; i < hi; i++) d[i - lo] = Math.abs(xs[i]! - m);
  d.sort();
  return medianOfSorted(d, 0, d.length);
}
