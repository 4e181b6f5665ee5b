import type { SparseRows } from './SparseRows.js';
import { selectNearest } from './selectNearest.js';

/** An inverted index cut to at most `limit` rows per column. */
export interface Postings {
  limit: number;
  matrix: SparseRows;
}

/**
 * The inverted index `columns` (columns × rows) with each column cut to the `limit` candidate
 * rows whose value there, over the row's norm, is largest (ties: the lower row): the rows that
 * would add most to a cosine with any query holding that column. Rows stay in ascending order.
 * Memory: at most columns × limit entries, however many rows there are. `limit` ≥ every column's
 * length (or `Infinity`) keeps the index whole.
 */
export function prunedPostings(columns: SparseRows, squaredNorms: Float64Array, candidate: Uint8Array, limit: number): Postings {
  const { rowStart, col, value } = columns;
  let longest = 0;
  for (let p = 0; p < columns.nRows; p++) longest = Math.max(longest, rowStart[p + 1]! - rowStart[p]!);
  if (longest <= limit) return { limit, matrix: columns };
  // Key of each posting: minus its share of the row's norm, so the smallest keys are the strongest.
  const key = new Float64Array(col.length);
  for (let j = 0; j < col.length; j++) key[j] = candidate[col[j]!] ? -value[j]! / Math.sqrt(squaredNorms[col[j]!]! || 1) : Infinity;
  const kept: Int32Array[] = [];
  const start = new Int32Array(columns.nRows + 1);
  for (let p = 0; p < columns.nRows; p++) {
    const ids: number[] = [];
    for (let j = rowStart[p]!; j < rowStart[p + 1]!; j++) if (candidate[col[j]!]) ids.push(j);
    // Posting indexes follow row order within a column, so ties go to the lower row.
    const best = ids.length > limit ? selectNearest(Int32Array.from(ids), key, limit).sort() : Int32Array.from(ids);
    kept.push(best);
    start[p + 1] = start[p]! + best.length;
  }
  const outCol = new Int32Array(start[columns.nRows]!);
  const outValue = new Float64Array(outCol.length);
  kept.forEach((best, p) => best.forEach((j, i) => {
    outCol[start[p]! + i] = col[j]!;
    outValue[start[p]! + i] = value[j]!;
  }));
  return { limit, matrix: { nRows: columns.nRows, nCols: columns.nCols, rowStart: start, col: outCol, value: outValue } };
}
