/** Reads one column of the lines by line index. */
type Column = { get(i: number): number };

/** The lines of a history before merging: grouped by basket, with their columns. */
export interface GroupedLines {
  /** Basket r's lines are `grouped[basketStart[r]] .. grouped[basketStart[r + 1] - 1]` (line indices). */
  basketStart: Int32Array;
  grouped: Int32Array;
  product: Column;
  quantity: Column;
  /** `NaN` for an unknown price: two unknown prices count as the same. */
  price: Column;
  time: Column;
}

/**
 * Lines that repeat an earlier line of the same basket exactly: same product, quantity, price and
 * time (the basket fixes customer and order). Only products listed twice in a basket are compared,
 * so the cost is one map lookup a line.
 */
export function countExactDuplicates(lines: GroupedLines): number {
  const { basketStart, grouped, product, quantity, price, time } = lines;
  const seen = new Map<number, number[]>();
  let duplicates = 0;
  for (let r = 0; r + 1 < basketStart.length; r++) {
    seen.clear();
    for (let j = basketStart[r]!; j < basketStart[r + 1]!; j++) {
      const i = grouped[j]!;
      const earlier = seen.get(product.get(i));
      if (earlier === undefined) {
        seen.set(product.get(i), [i]);
        continue;
      }
      const same = (k: number) =>
        quantity.get(k) === quantity.get(i) && Object.is(price.get(k), price.get(i)) && time.get(k) === time.get(i);
      if (earlier.some(same)) duplicates++;
      else earlier.push(i);
    }
  }
  return duplicates;
}
