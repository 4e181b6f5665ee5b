import type { SparseRows } from './SparseRows.js';
import { selectNearest } from './selectNearest.js';
import { prunedPostings, type Postings } from './prunedPostings.js';
import { simHashBuckets, simHashKeys, type SimHashBuckets } from './simHashBuckets.js';

/**
 * How near two rows are. `euclidean` is TIFU-KNN's (faithful to the reference, but it favours rows
 * with small norms, which share nothing); `cosine` only ever picks rows that share a column.
 */
export type NeighbourMetric = 'euclidean' | 'cosine';

/**
 * How far a cosine search prunes, as multiples of the `k` neighbours asked for, so the cost of a
 * query depends on k and on the query's length, never on the number of rows. Euclidean searches
 * are always exact (they rank every row).
 */
export interface NeighbourSearchOptions {
  /**
   * Entries kept per column of the inverted index: the L = this × k rows that weigh most in that
   * column relative to their norm (they would add most to a cosine), the rest dropped. `Infinity`:
   * no pruning, an exact all-pairs search.
   */
  postingsPerNeighbour: number;
  /** Rows re-scored exactly after the pruned pass (C = this × k, best partial scores first). */
  candidatesPerNeighbour: number;
  /**
   * Bands of 16-bit SimHash signatures whose buckets add their rows to a query's candidates (a
   * bucket keeps k rows): what finds a near-duplicate spread over popular products, each weight
   * small against its norm, that no cut column kept. 0: none.
   */
  hashBands: number;
}

/**
 * L = 2k (for k = 50: 100 rows per product, so a 50-product query reads at most 5,000 postings
 * whatever the number of customers), C = 4k, 4 SimHash bands. Chosen among multiples of k, not
 * tuned to a cut-off: on the shared data's dev cut-off it finds 97.6 % of the exact neighbours and
 * leaves R@10 and NDCG@10 where the exact search has them (±0.001); L = 4k found 99.9 % for no gain
 * in ranking; L = 8k reads 3.5× the postings of 2k at 10×. See decisions/0019-neighbour-search.md.
 */
export const DEFAULT_NEIGHBOUR_SEARCH: NeighbourSearchOptions = { postingsPerNeighbour: 2, candidatesPerNeighbour: 4, hashBands: 4 };

/**
 * Bits per SimHash band: two rows at cosine 0.99 share a 16-bit key with probability 0.48 (4 bands:
 * 0.93 that some band matches), two at 0.3 with 0.0003, so a bucket stays small as rows grow.
 */
const HASH_BITS = 16;

/**
 * Finds a row's nearest rows over sparse rows, using the transpose as an inverted index: a·b is
 * accumulated only over shared columns, and ‖a − b‖² = ‖a‖² + ‖b‖² − 2·a·b. A Euclidean query
 * costs O(Σ column lengths of the row's columns + rows). A cosine query reads only each column's
 * L strongest rows (by weight over norm), then re-scores the C best candidates exactly: it costs
 * O(query length × L + C × row length), so a whole-population search grows linearly. When no
 * column has more than L candidate rows it is exact. The rows sharing a SimHash bucket with the
 * query are scored too (`hashBands`), so a near-duplicate is found whatever its products.
 */
export class NearestNeighbours {
  private readonly dot: Float64Array;
  private readonly dist: Float64Array;
  private readonly order: Int32Array;
  private readonly seen: Uint8Array;
  private readonly dense: Float64Array;
  private readonly options: NeighbourSearchOptions;
  private postings: Postings | null = null;
  private buckets: { k: number; buckets: SimHashBuckets } | null = null;

  constructor(
    private readonly rows: SparseRows,
    private readonly columns: SparseRows,
    private readonly squaredNorms: Float64Array,
    /** Only rows with `candidate[r]` set can be neighbours (e.g. customers with history). */
    private readonly candidate: Uint8Array,
    private readonly metric: NeighbourMetric = 'euclidean',
    options: Partial<NeighbourSearchOptions> = {},
  ) {
    this.options = { ...DEFAULT_NEIGHBOUR_SEARCH, ...options };
    this.dot = new Float64Array(rows.nRows);
    this.dist = new Float64Array(rows.nRows);
    this.order = new Int32Array(rows.nRows);
    this.seen = new Uint8Array(rows.nRows);
    this.dense = new Float64Array(columns.nRows);
  }

  /**
   * The `k` nearest candidate rows to row `r` (itself excluded), nearest first; equally near rows
   * by row index, at the k-th place too.
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
    if (k <= 0) return new Int32Array(0);
    if (this.metric === 'cosine') return this.nearestCosine(col, value, from, to, k, exclude);
    const { rows, dot, dist, order } = this;
    const touched = this.accumulate(col, value, from, to, this.columns);
    let n = 0;
    for (let o = 0; o < rows.nRows; o++) {
      if (o === exclude || !this.candidate[o]) continue;
      dist[o] = own + this.squaredNorms[o]! - 2 * dot[o]!;
      order[n++] = o;
    }
    this.clear(touched);
    return selectNearest(order.subarray(0, n), dist, k);
  }

  /**
   * Cosine: the pruned pass, its best candidates re-scored exactly, then (when expanding) the
   * graph edges of the best few re-scored too; the `k` best of all of them.
   */
  private nearestCosine(col: Int32Array, value: Float64Array, from: number, to: number, k: number, exclude: number): Int32Array {
    // An index the pruning left whole is exact: nothing hidden for the buckets to find.
    const buckets = this.options.hashBands > 0 && this.postingsFor(k) !== this.columns ? this.bucketsFor(k) : null;
    this.scatter(col, value, from, to, true);
    let pool = this.rescore(this.partialCandidates(col, value, from, to, k, exclude));
    if (buckets) pool = this.withBucketMates(pool, buckets, simHashKeys(col, value, from, to, buckets.bands, buckets.bits), exclude);
    this.scatter(col, value, from, to, false);
    return selectNearest(pool, this.dist, k);
  }

  /** The C candidates with the best partial cosine over the pruned index (C = candidatesPerNeighbour × k). */
  private partialCandidates(col: Int32Array, value: Float64Array, from: number, to: number, k: number, exclude: number): Int32Array {
    const { dot, dist } = this;
    const touched = this.accumulate(col, value, from, to, this.postingsFor(k));
    let n = 0;
    const pool = this.order;
    // Rows sharing no column have similarity 0 and are never neighbours.
    for (const o of touched) {
      if (o === exclude || !this.candidate[o]) continue;
      dist[o] = -dot[o]! / this.norm(o);
      pool[n++] = o;
    }
    this.clear(touched);
    return selectNearest(pool.subarray(0, n), dist, Math.max(k, Math.ceil(this.options.candidatesPerNeighbour * k)));
  }

  /** Sets `dist` of each row of `ids` to its exact cosine distance to the scattered query; returns `ids`. */
  private rescore(ids: Int32Array): Int32Array {
    const { dense, rows, dist } = this;
    for (const o of ids) {
      let s = 0;
      for (let j = rows.rowStart[o]!; j < rows.rowStart[o + 1]!; j++) s += dense[rows.col[j]!]! * rows.value[j]!;
      dist[o] = -s / this.norm(o);
    }
    return ids;
  }

  /** `pool` (scored) with the rows that share a bucket with the query (`keys`, one per band), scored. */
  private withBucketMates(pool: Int32Array, buckets: SimHashBuckets, keys: Int32Array, exclude: number): Int32Array {
    const { seen } = this;
    for (const o of pool) seen[o] = 1;
    const extra: number[] = [];
    keys.forEach((key, b) => {
      for (let j = buckets.start[b]![key]!; j < buckets.start[b]![key + 1]!; j++) {
        const o = buckets.members[b]![j]!;
        if (seen[o] || o === exclude) continue;
        seen[o] = 1;
        extra.push(o);
      }
    });
    for (const o of pool) seen[o] = 0;
    for (const o of extra) seen[o] = 0;
    if (extra.length === 0) return pool;
    const all = new Int32Array(pool.length + extra.length);
    all.set(pool);
    all.set(this.rescore(Int32Array.from(extra)), pool.length);
    return all;
  }

  /** Writes the query into the dense scratch (`on`), or clears it. */
  private scatter(col: Int32Array, value: Float64Array, from: number, to: number, on: boolean): void {
    for (let i = from; i < to; i++) if (col[i]! < this.dense.length) this.dense[col[i]!] = on ? value[i]! : 0;
  }

  /** Adds the query's products with each row of its columns' postings into `dot`; the rows touched. */
  private accumulate(col: Int32Array, value: Float64Array, from: number, to: number, postings: SparseRows): number[] {
    const { dot, seen } = this;
    const touched: number[] = [];
    for (let i = from; i < to; i++) {
      const v = value[i]!;
      const p = col[i]!;
      if (p >= postings.nRows) continue; // a column the matrix has never seen: shared by no row
      for (let j = postings.rowStart[p]!; j < postings.rowStart[p + 1]!; j++) {
        const o = postings.col[j]!;
        if (!seen[o]) {
          seen[o] = 1;
          touched.push(o);
        }
        dot[o]! += v * postings.value[j]!;
      }
    }
    return touched;
  }

  private clear(touched: number[]): void {
    for (const o of touched) {
      this.dot[o] = 0;
      this.seen[o] = 0;
    }
  }

  private norm(o: number): number {
    return Math.sqrt(this.squaredNorms[o]! || 1);
  }

  /** The SimHash buckets of the candidate rows, k rows per bucket, built once per k. */
  private bucketsFor(k: number): SimHashBuckets {
    if (this.buckets?.k !== k) this.buckets = { k, buckets: simHashBuckets(this.rows, this.candidate, this.options.hashBands, HASH_BITS, k) };
    return this.buckets.buckets;
  }

  /** The inverted index cut to L = postingsPerNeighbour × k rows per column, built once per k. */
  private postingsFor(k: number): SparseRows {
    const limit = this.options.postingsPerNeighbour * k;
    if (this.postings?.limit !== limit) {
      this.postings = prunedPostings(this.columns, this.squaredNorms, this.candidate, limit);
    }
    return this.postings.matrix;
  }
}
