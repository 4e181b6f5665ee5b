import { EngineError } from '../EngineError.js';

/**
 * NDCG@k of one customer with binary relevance: DCG = Σ 1 / log2(rank + 1) over the ranks
 * (1-based, rank ≤ k) of `ranked` whose product is in `target`; IDCG is the same sum over the
 * first min(k, |target|) ranks; NDCG = DCG / IDCG. A product recommended twice counts once (at
 * its best rank). Evaluations average it over target customers. Throws `EMPTY_TARGET` for an
 * empty target and `INVALID_K` for k < 1.
 */
export function ndcgAtK(ranked: ArrayLike<number>, target: ArrayLike<number>, k: number): number {
  const relevant = new Set(Array.from(target));
  if (relevant.size === 0) throw new EngineError('EMPTY_TARGET', 'ndcgAtK: the target basket is empty');
  if (!(k >= 1)) throw new EngineError('INVALID_K', `k must be at least 1, got ${k}`);
  const seen = new Set<number>();
  let dcg = 0;
  const n = Math.min(k, ranked.length);
  for (let r = 0; r < n; r++) {
    const p = ranked[r]!;
    if (relevant.has(p) && !seen.has(p)) {
      seen.add(p);
      dcg += 1 / Math.log2(r + 2);
    }
  }
  let idcg = 0;
  const ideal = Math.min(k, relevant.size);
  for (let r = 0; r < ideal; r++) idcg += 1 / Math.log2(r + 2);
  return dcg / idcg;
}
