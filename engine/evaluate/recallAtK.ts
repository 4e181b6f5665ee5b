import { EngineError } from '../EngineError.js';

/**
 * Recall@k of one customer: |top k of `ranked` ∩ `target`| / |target|, each target product
 * counted once even if recommended twice. Evaluations average it over target customers.
 * Throws `EMPTY_TARGET` for an empty target (recall is undefined there) and `INVALID_K` for k < 1.
 */
export function recallAtK(ranked: ArrayLike<number>, target: ArrayLike<number>, k: number): number {
  const relevant = new Set(Array.from(target));
  if (relevant.size === 0) throw new EngineError('EMPTY_TARGET', 'recallAtK: the target basket is empty');
  return hitsAtK(ranked, relevant, k) / relevant.size;
}

/** Number of distinct products among the first `k` of `ranked` that are in `relevant`. */
export function hitsAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  if (!(k >= 1)) throw new EngineError('INVALID_K', `k must be at least 1, got ${k}`);
  const seen = new Set<number>();
  const n = Math.min(k, ranked.length);
  for (let r = 0; r < n; r++) {
    const p = ranked[r]!;
    if (relevant.has(p)) seen.add(p);
  }
  return seen.size;
}
