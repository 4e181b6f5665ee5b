import type { OrderHistory } from '../prep/index.js';
import type { FittedModel, Model, ScoredProduct } from './Model.js';
import { NearestNeighbours } from './nearestNeighbours.js';
import { rowSquaredNorms, transpose } from './SparseRows.js';
import { tifuVectors, type TifuDecay } from './tifuVectors.js';
import { sliceHistory } from '../prep/index.js';
import { medianQuantity } from './medianQuantity.js';

/** TIFU-KNN's settings; defaults are the paper's (m=7, r_b=0.9, r_g=0.7, k=300, α=0.7). */
export interface TifuKnnOptions extends TifuDecay {
  /** Number of nearest customers blended in. */
  neighbours: number;
  /** Weight of the customer's own vector against the neighbours' mean. */
  alpha: number;
}

/** The paper's default setting. */
export const TIFU_PAPER_DEFAULTS: TifuKnnOptions = { groups: 7, withinDecay: 0.9, groupDecay: 0.7, neighbours: 300, alpha: 0.7 };

/** The setting the paper tuned for Instacart; the better of the two on the shared data. */
export const TIFU_INSTACART: TifuKnnOptions = { groups: 3, withinDecay: 0.9, groupDecay: 0.7, neighbours: 900, alpha: 0.9 };

/**
 * TIFU-KNN (Hu et al., SIGIR 2020), following the reference code: score = α·own + (1−α)·mean of the
 * k nearest customers' vectors (Euclidean, the customer itself excluded). Probability is the
 * score itself (already in [0, 1]: the vectors are weighted averages of binary baskets).
 */
export function tifuKnn(options: Partial<TifuKnnOptions> = {}): Model {
  const o = { ...TIFU_INSTACART, ...options };
  return {
    name: `TIFU-KNN (m=${o.groups}, rb=${o.withinDecay}, rg=${o.groupDecay}, k=${o.neighbours}, α=${o.alpha})`,
    fit(history: OrderHistory, asOf: number): FittedModel {
      const past = sliceHistory(history, { before: asOf });
      const vectors = tifuVectors(past, o);
      const byProduct = transpose(vectors);
      const hasHistory = new Uint8Array(vectors.nRows);
      for (let c = 0; c < vectors.nRows; c++) hasHistory[c] = vectors.rowStart[c + 1]! > vectors.rowStart[c]! ? 1 : 0;
      const knn = new NearestNeighbours(vectors, byProduct, rowSquaredNorms(vectors), hasHistory);
      const quantityOf = medianQuantity(past);
      const scores = new Float64Array(vectors.nCols);
      return {
        recommend(customer: number, k: number): ScoredProduct[] {
          if (!(customer >= 0 && customer < vectors.nRows) || !hasHistory[customer]) return [];
          const touched = new Set<number>();
          const add = (row: number, weight: number) => {
            for (let i = vectors.rowStart[row]!; i < vectors.rowStart[row + 1]!; i++) {
              const p = vectors.col[i]!;
              scores[p]! += weight * vectors.value[i]!;
              touched.add(p);
            }
          };
          add(customer, o.alpha);
          const neighbours = knn.query(customer, o.neighbours);
          for (const n of neighbours) add(n, (1 - o.alpha) / Math.max(1, neighbours.length));
          const ranked = [...touched].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, k);
          const out = ranked.map((p) => ({
            product: p,
            score: scores[p]!,
            probability: Math.min(1, Math.max(0, scores[p]!)),
            quantity: quantityOf(customer, p),
          }));
          for (const p of touched) scores[p] = 0;
          return out;
        },
      };
    },
  };
}
