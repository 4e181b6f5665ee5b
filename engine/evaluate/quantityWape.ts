/** A recommended product that was bought: the quantity proposed and the quantity bought. */
export interface QuantityHit {
  predicted: number;
  actual: number;
}

/**
 * Weighted absolute percentage error of quantities: Σ|q̂ − q| / Σq over all hits (recommended
 * items that were bought) of all customers, so large orders weigh more. `NaN` with no hits.
 */
export function quantityWape(hits: Iterable<QuantityHit>): number {
  let error = 0;
  let total = 0;
  for (const { predicted, actual } of hits) {
    error += Math.abs(predicted - actual);
    total += actual;
  }
  return total > 0 ? error / total : NaN;
}
