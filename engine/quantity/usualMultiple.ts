/** Fewest quantities that show a multiple: one order of 12 is no pattern, two orders of 12 and 24 are. */
export const MIN_QUANTITIES_FOR_MULTIPLE = 2;

/**
 * The multiple every one of `quantities` is a whole number of (their greatest common divisor),
 * e.g. 12 for 12, 24, 36 and 6 for 6, 12, 18; 1 when there is none: fewer than
 * `MIN_QUANTITIES_FOR_MULTIPLE` quantities, a fractional one (kilograms, metres) or no common
 * divisor above 1.
 */
export function usualMultiple(quantities: readonly number[]): number {
  if (quantities.length < MIN_QUANTITIES_FOR_MULTIPLE) return 1;
  let g = 0;
  for (const q of quantities) {
    if (!(Number.isInteger(q) && q > 0)) return 1;
    g = gcd(g, q);
    if (g === 1) return 1;
  }
  return g;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
