import { NearestNeighbours, type NeighbourMetric } from '../nearestNeighbours.js';
import { rowSquaredNorms, transpose, type SparseRows } from '../SparseRows.js';

/** Scores of some products: `products[i]` (product indexes) scores `scores[i]`. */
export interface ProductScores {
  products: Int32Array;
  scores: Float64Array;
}

/**
 * Where a customer's neighbour-blended scores come from (TIFU's neighbour part: the mean of its
 * nearest customers' cut vectors): a neighbour search over a whole history (`searchedNeighbourScores`),
 * or the scores stored for the customer when a model was prepared (`storedNeighbourScores`).
 */
export interface NeighbourScores {
  /**
   * Adds customer `c`'s neighbour-blended score of each product into `score` (by product index),
   * pushing to `touched` each product whose score was 0 before; `score` must hold zeros for
   * products not in `touched`.
   */
  addTo(c: number, score: Float64Array, touched: number[]): void;
}

/**
 * Neighbour scores by a search among the rows of `vectors` (each customer's cut TIFU vector):
 * customer `c`'s `neighbours` nearest customers with history (itself left out), each contributing
 * its vector weighted 1/their number.
 */
export function searchedNeighbourScores(vectors: SparseRows, neighbours: number, metric: NeighbourMetric): NeighbourScores {
  const candidate = new Uint8Array(vectors.nRows);
  for (let c = 0; c < vectors.nRows; c++) candidate[c] = vectors.rowStart[c + 1]! > vectors.rowStart[c]! ? 1 : 0;
  const knn = new NearestNeighbours(vectors, transpose(vectors), rowSquaredNorms(vectors), candidate, metric);
  return {
    addTo(c, score, touched) {
      if (neighbours <= 0 || !candidate[c]) return;
      const found = knn.query(c, neighbours);
      const w = 1 / Math.max(1, found.length);
      for (const o of found) {
        for (let i = vectors.rowStart[o]!; i < vectors.rowStart[o + 1]!; i++) {
          const p = vectors.col[i]!;
          if (score[p] === 0) touched.push(p);
          score[p]! += w * vectors.value[i]!;
        }
      }
    },
  };
}

/**
 * Neighbour scores as stored for each customer (by customer index) when a model was prepared (its
 * account insight): a customer without any scores 0 everywhere. Products outside `nProducts` are
 * skipped.
 */
export function storedNeighbourScores(byCustomer: ReadonlyMap<number, ProductScores>, nProducts: number): NeighbourScores {
  return {
    addTo(c, score, touched) {
      const stored = byCustomer.get(c);
      if (!stored) return;
      stored.products.forEach((p, i) => {
        if (!(p >= 0 && p < nProducts)) return;
        if (score[p] === 0) touched.push(p);
        score[p]! += stored.scores[i]!;
      });
    },
  };
}
