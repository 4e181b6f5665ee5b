import type { SparseRows } from './SparseRows.js';

/**
 * How near two rows are. `euclidean` is TIFU-KNN's (faithful to the reference, but it favours rows
 * with small norms, which share nothing); `cosine` only ever picks rows that share a column.
 */
export type NeighbourMetric = 'euclidean' | 'cosine';

/**
 * Finds a row's nearest rows over sparse rows, using the transpose as an inverted index: a·b is
 * accumulated only over shared columns, and ‖a − b‖² = ‖a‖² + ‖b‖² − 2·a·b. A Euclidean query
 * costs O(Σ column lengths of the row's columns + rows); a cosine query only the first term.
 */
export class NearestNeighbours {
  private readonly dot: Float64Array;
  private readonly dist: Float64Array;
  private readonly order: Int32Array;

  constructor(
    private readonly rows: SparseRows,
    private readonly columns: SparseRows,
    private readonly squaredNorms: Float64Array,
    /** Only rows with `candidate[r]` set can be neighbours (e.g. customers with history). */
    private readonly candidate: Uint8Array,
    private readonly metric: NeighbourMetric = 'euclidean',
  ) {
    this.dot = new Float64Array(rows.nRows);
    this.dist = new Float64Array(rows.nRows);
    this.order = new Int32Array(rows.nRows);
  }

  /**
   * The `k` nearest candidate rows to row `r` (itself excluded), nearest first; ties by row index
   * (at the k-th place, which of equally near rows is kept is deterministic but unspecified).
   */
  query(r: number, k: number): Int32Array {
    const { rows } = this;
    return this.nearest(rows.col, rows.value, rows.rowStart[r]!, rows.rowStart[r + 1]!, this.squaredNorms[r]!, k, r);
  }

  /**
   * The `k` nearest candidate rows to a vector given as sorted columns and values (a row that is
   * not in the matrix, e.g. a customer's vector computed afresh), row `exclude` left out (−1: none).
   */
  queryVector(col: Int32Array, value: Float64Array, k: number, exclude = -1): Int32Array {
    let own = 0;
    for (let i = 0; i < value.length; i++) own += value[i]! * value[i]!;
    return this.nearest(col, value, 0, col.length, own, k, exclude);
  }

  private nearest(col: Int32Array, value: Float64Array, from: number, to: number, own: number, k: number, exclude: number): Int32Array {
    const { rows, columns, dot, dist, order } = this;
    const touched: number[] = [];
    for (let i = from; i < to; i++) {
      const v = value[i]!;
      const p = col[i]!;
      if (p >= columns.nRows) continue; // a column the matrix has never seen: shared by no row
      for (let j = columns.rowStart[p]!; j < columns.rowStart[p + 1]!; j++) {
        const o = columns.col[j]!;
        if (dot[o] === 0) touched.push(o);
        dot[o]! += v * columns.value[j]!;
      }
    }
    let n = 0;
    if (this.metric === 'cosine') {
      // Rows sharing no column have similarity 0 and are never neighbours.
      for (const o of touched) {
        if (o === exclude || !this.candidate[o]) continue;
        dist[o] = -dot[o]! / Math.sqrt(this.squaredNorms[o]! || 1);
        order[n++] = o;
      }
    } else {
      for (let o = 0; o < rows.nRows; o++) {
        if (o === exclude || !this.candidate[o]) continue;
        dist[o] = own + this.squaredNorms[o]! - 2 * dot[o]!;
        order[n++] = o;
      }
    }
    for (const o of touched) dot[o] = 0;
    const pool = order.subarray(0, n);
    const take = Math.min(k, n);
    selectSmallest(pool, dist, take);
    const out = pool.slice(0, take);
    out.sort((a, b) => dist[a]! - dist[b]! || a - b);
    return out;
  }
}

/** Partially reorders `ids` so its first `k` entries have the smallest `key` (quickselect). */
function selectSmallest(ids: Int32Array, key: Float64Array, k: number): void {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo < hi && k > 0 && k < ids.length) {
    const pivot = key[ids[(lo + hi) >> 1]!]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (key[ids[i]!]! < pivot) i++;
      while (key[ids[j]!]! > pivot) j--;
      if (i <= j) {
        const t = ids[i]!;
        ids[i] = ids[j]!;
        ids[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else return;
  }
}
