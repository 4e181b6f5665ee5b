/**
 * Price bands of a unit price, in the currency of the prices: the upper bound (exclusive) of each
 * band and its name. Chosen on the shared data's unit prices (median paid per product): about a
 * fifth of the products below 1, most between 1 and 5, few above 10, so each band is a real choice.
 */
export const PRICE_BANDS: readonly (readonly [below: number, band: string])[] = [
  [1, 'under 1'],
  [2.5, '1 to 2.50'],
  [5, '2.50 to 5'],
  [10, '5 to 10'],
  [Infinity, '10 and over'],
];

/** The band of a unit price (see `PRICE_BANDS`), null when the price is unknown. */
export function priceBand(price: number): string | null {
  if (!Number.isFinite(price) || price < 0) return null;
  return PRICE_BANDS.find(([below]) => price < below)![1];
}
