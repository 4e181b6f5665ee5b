import { EngineError } from '../../EngineError.js';

/** Lines already in the order whatever the count (novelties): how many, and their summed probability. */
export interface FixedLines {
  lines: number;
  probability: number;
}

/** Options of `f1OptimalCount`. */
export interface F1OptimalCountOptions {
  /** Lines already in the order, counted in its F1 (default none). */
  fixed?: FixedLines;
  /** At most this many lines (default: no cap). */
  cap?: number;
}

/**
 * How many of the candidates, best first, make the order whose F1 against the customer's next
 * order is highest in expectation. `probabilities` are the model's calibrated probabilities that
 * each candidate is in that order, sorted from highest to lowest; `expectedSize` is the expected
 * number of distinct products of that order (`expectedBasketSize`), most of which may lie outside
 * the candidates.
 *
 * With n lines taken, the hits are expected to be S(n) = Σ p₁..pₙ (plus the fixed lines'), and
 * F1 = 2·hits / (lines + basket size). The expected F1 is approximated by the ratio of
 * expectations, 2·(S(n) + S_fixed) / (n + n_fixed + expectedSize) (the plug-in estimate of
 * Jansche 2007 and Nan Ye et al. 2012, close to exact for baskets of a few products or more),
 * and the n maximising it is returned: lines are added while their probability exceeds about
 * half the F1 reached. Candidates of equal probability are taken all or none (nothing tells them
 * apart, so the order must not depend on how they happen to be sorted), except at `cap`: along
 * such a block the F1 is monotone, so this only settles exact ties. The result
 * is at least 1 when there is any candidate (a customer's own order is never empty), at most
 * `cap`. Ties go to the shorter order.
 */
export function f1OptimalCount(probabilities: ArrayLike<number>, expectedSize: number, options: F1OptimalCountOptions = {}): number {
  if (!(expectedSize > 0)) throw new EngineError('INVALID_SIZE', `The expected basket size must be positive, got ${expectedSize}`);
  const fixed = options.fixed ?? { lines: 0, probability: 0 };
  const n = Math.min(probabilities.length, options.cap ?? Infinity);
  let best = 0;
  let bestF1 = -Infinity;
  let hits = fixed.probability;
  for (let i = 0; i < n; i++) {
    const p = probabilities[i]!;
    if (i > 0 && p > probabilities[i - 1]!) throw new EngineError('UNSORTED', `Probabilities must be sorted from highest to lowest (${probabilities[i - 1]} then ${p})`);
    hits += p;
    const endOfTie = i + 1 === n || probabilities[i + 1]! < p;
    const f1 = (2 * hits) / (i + 1 + fixed.lines + expectedSize);
    if (endOfTie && f1 > bestF1) (bestF1 = f1), (best = i + 1);
  }
  return best;
}
