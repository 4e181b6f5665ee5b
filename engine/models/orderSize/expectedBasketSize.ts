/**
 * The expected number of distinct products of a customer's next order: the mean size of its past
 * orders (`basketSizes`), with the population's mean (`populationBasketSize`) counted as one more
 * order. That prior is a single pseudo-order, so it weighs little once a customer has a few
 * orders, and keeps a one-order customer from being sized on that order alone. `prior` ≤ 0 or
 * not finite: no prior (and 1 for a customer with no order).
 */
export function expectedBasketSize(sizes: readonly number[], prior: number): number {
  const hasPrior = Number.isFinite(prior) && prior > 0;
  const total = sizes.reduce((s, x) => s + x, 0) + (hasPrior ? prior : 0);
  const count = sizes.length + (hasPrior ? 1 : 0);
  return count === 0 ? 1 : Math.max(1, total / count);
}
