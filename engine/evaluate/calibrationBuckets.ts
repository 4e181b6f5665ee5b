/** Predicted against observed frequency over the predictions that fell in one probability range. */
export interface CalibrationBucket {
  /** The range [from, to) of predicted probabilities. */
  from: number;
  to: number;
  count: number;
  /** Mean predicted probability, and the share that happened; `NaN` for an empty bucket. */
  predicted: number;
  observed: number;
}

/** Bucket edges a proposal's novelties are judged by: fine where most predictions fall. */
export const CALIBRATION_EDGES = [0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1] as const;

/**
 * The reliability table of probabilistic predictions: each (probability, outcome) pair goes to the
 * bucket of `edges` its probability falls in (the last bucket includes 1).
 */
export function calibrationBuckets(predictions: Iterable<{ probability: number; happened: boolean }>, edges: readonly number[] = CALIBRATION_EDGES): CalibrationBucket[] {
  const sums = edges.slice(1).map(() => ({ count: 0, predicted: 0, observed: 0 }));
  for (const { probability, happened } of predictions) {
    let b = edges.findIndex((edge, i) => i > 0 && probability < edge) - 1;
    if (b < 0) b = probability >= edges[edges.length - 1]! ? sums.length - 1 : 0;
    const s = sums[b]!;
    s.count++;
    s.predicted += probability;
    s.observed += happened ? 1 : 0;
  }
  return sums.map((s, i) => ({ from: edges[i]!, to: edges[i + 1]!, count: s.count, predicted: s.predicted / s.count, observed: s.observed / s.count }));
}
