import { DAY_MS, type OrderHistory } from '../../prep/index.js';
import { padded } from '../padded.js';
import { NearestNeighbours } from '../nearestNeighbours.js';
import { rowSquaredNorms, selectRows, transpose, truncateRows, type SparseRows } from '../SparseRows.js';
import { tifuVectors } from '../tifuVectors.js';
import { topByScore } from '../topByScore.js';
import { FEATURE_COUNT, type HabitualSettings } from './HabitualSettings.js';

/** The candidates of one customer with one feature row each (row-major, `FEATURE_COUNT` wide). */
export interface Candidates {
  products: Int32Array;
  features: Float64Array;
}

/** The window of "recent" global popularity: a month, short enough to follow the season. */
const RECENT_DAYS = 30;

/**
 * What the habitual features take from every customer, not only the one scored: the neighbours'
 * vectors and the products' popularity. Computed from a whole history, or read back from a
 * prepared model (then a single customer's history is enough to score it).
 */
export interface HabitualGlobals {
  /** The customer ids of `neighbourVectors`' rows: every customer with an order, in index order. */
  neighbourIds: string[];
  /** Those customers' TIFU vectors cut to their strongest products: what a neighbour contributes. */
  neighbourVectors: SparseRows;
  /** By product: share of baskets holding it in the last month. */
  recentShare: Float64Array;
  /** By product: the last month's share against the long-run one (log ratio, smoothed). */
  trend: Float64Array;
  /** By product: of the customers who bought it, the share who bought it again (smoothed). */
  repeatRate: Float64Array;
}

/**
 * Computes, for one customer as of a date, the products worth ranking and their features:
 * every product the customer bought (repeat candidates) plus the products its nearest customers
 * buy most (explore candidates). Built once per as-of date from the baskets before it; reuses
 * scratch arrays between customers, so scoring one customer allocates little. The customers'
 * own features come from `past`; what other customers say comes from `globals` when given (a
 * prepared model), else from `past` itself.
 */
export class CandidateFeatures {
  readonly vectors: SparseRows;
  readonly globals: HabitualGlobals;
  /** Each customer's vector cut as the neighbours' are: the query of its neighbour search. */
  private readonly queryVectors: SparseRows;
  private readonly neighbourRow: Map<string, number>;
  private readonly knn: NearestNeighbours;
  private readonly recentShare: Float64Array;
  private readonly trend: Float64Array;
  private readonly repeatRate: Float64Array;
  // Per-product scratch, reset after each customer.
  private readonly count: Int32Array;
  private readonly last: Float64Array;
  private readonly first: Float64Array;
  private readonly lastThree: Int32Array;
  private readonly gapSum: Float64Array;
  private readonly gapSquares: Float64Array;
  private readonly neighbourScore: Float64Array;
  private readonly ownScore: Float64Array;

  constructor(
    readonly past: OrderHistory,
    readonly asOf: number,
    private readonly settings: HabitualSettings,
    globals?: HabitualGlobals,
  ) {
    const nProducts = past.productIds.length;
    this.vectors = tifuVectors(past, settings.decay);
    this.queryVectors = truncateRows(this.vectors, settings.neighbourProducts);
    this.globals = globals ?? habitualGlobals(past, asOf, this.queryVectors);
    const rows = this.globals.neighbourVectors;
    this.neighbourRow = new Map(this.globals.neighbourIds.map((id, r) => [id, r] as const));
    this.knn = new NearestNeighbours(rows, transpose(rows), rowSquaredNorms(rows), new Uint8Array(rows.nRows).fill(1), settings.metric);
    // Products the globals do not know (new since they were prepared) are unknown to everyone else.
    this.recentShare = padded(this.globals.recentShare, nProducts, 0);
    this.trend = padded(this.globals.trend, nProducts, 0);
    this.repeatRate = padded(this.globals.repeatRate, nProducts, 0.3);

    this.count = new Int32Array(nProducts);
    this.last = new Float64Array(nProducts);
    this.first = new Float64Array(nProducts);
    this.lastThree = new Int32Array(nProducts);
    this.gapSum = new Float64Array(nProducts);
    this.gapSquares = new Float64Array(nProducts);
    this.neighbourScore = new Float64Array(nProducts);
    this.ownScore = new Float64Array(nProducts);
  }

  /** The candidates and features of customer `c`; empty for a customer with no basket. */
  candidates(c: number): Candidates {
    const h = this.past;
    const lo = h.basketStart[c]!;
    const hi = h.basketStart[c + 1]!;
    const n = hi - lo;
    if (n === 0) return { products: new Int32Array(0), features: new Float64Array(0) };
    const { count, last, first, lastThree, gapSum, gapSquares, neighbourScore, vectors, queryVectors } = this;
    const neighbourVectors = this.globals.neighbourVectors;
    const own: number[] = [];
    for (let b = lo; b < hi; b++) {
      const t = h.basketTime[b]!;
      for (let i = h.itemStart[b]!; i < h.itemStart[b + 1]!; i++) {
        const p = h.itemProduct[i]!;
        if (count[p] === 0) {
          own.push(p);
          first[p] = t;
        } else {
          const gap = (t - last[p]!) / DAY_MS;
          gapSum[p]! += gap;
          gapSquares[p]! += gap * gap;
        }
        count[p]!++;
        last[p] = t;
        if (b >= hi - 3) lastThree[p]!++;
      }
    }

    const from = queryVectors.rowStart[c]!;
    const to = queryVectors.rowStart[c + 1]!;
    const neighbours =
      this.settings.neighbours > 0
        ? this.knn.queryVector(queryVectors.col.subarray(from, to), queryVectors.value.subarray(from, to), this.settings.neighbours, this.neighbourRow.get(h.customerIds[c]!) ?? -1)
        : new Int32Array(0);
    const touched: number[] = [];
    const w = 1 / Math.max(1, neighbours.length);
    for (const o of neighbours) {
      for (let i = neighbourVectors.rowStart[o]!; i < neighbourVectors.rowStart[o + 1]!; i++) {
        const p = neighbourVectors.col[i]!;
        if (neighbourScore[p] === 0) touched.push(p);
        neighbourScore[p]! += w * neighbourVectors.value[i]!;
      }
    }
    const explore = topByScore(
      touched.filter((p) => count[p] === 0),
      neighbourScore,
      this.settings.exploreCandidates,
    );
    const { ownScore } = this;
    for (let i = vectors.rowStart[c]!; i < vectors.rowStart[c + 1]!; i++) ownScore[vectors.col[i]!] = vectors.value[i]!;

    const gaps = customerGap(h, lo, hi);
    const sinceLastOrder = (this.asOf - h.basketTime[hi - 1]!) / DAY_MS;
    const products = Int32Array.from([...own, ...explore]);
    const features = new Float64Array(products.length * FEATURE_COUNT);
    products.forEach((p, r) => {
      const f = r * FEATURE_COUNT;
      const k = count[p]!;
      const share = k / n;
      const sinceLast = k ? (this.asOf - last[p]!) / DAY_MS : 0;
      const interval = k >= 2 ? Math.max(1, (last[p]! - first[p]!) / DAY_MS / (k - 1)) : 0;
      // How due the product is at the customer's expected next order: its age then over its own rhythm.
      const ageAtNextOrder = sinceLast + Math.max(1, gaps - sinceLastOrder);
      const due = interval ? clamp(Math.log(ageAtNextOrder / interval), -3, 3) : 0;
      features[f + 0] = ownScore[p]!;
      features[f + 1] = neighbourScore[p]!;
      features[f + 2] = share;
      features[f + 3] = Math.log1p(k);
      features[f + 4] = k ? Math.log1p(sinceLast) : 0;
      features[f + 5] = k && last[p] === h.basketTime[hi - 1] ? 1 : 0;
      features[f + 6] = lastThree[p]! / Math.min(3, n);
      features[f + 7] = interval ? 1 : 0;
      features[f + 8] = due;
      features[f + 9] = Math.abs(due);
      features[f + 10] = Math.log(this.recentShare[p]! + 1e-4);
      features[f + 11] = this.trend[p]!;
      features[f + 12] = this.repeatRate[p]!;
      features[f + 13] = Math.log(n);
      features[f + 14] = share * Math.log(n);
      features[f + 15] = k ? 1 : 0;
      features[f + 16] = Math.log1p(sinceLastOrder);
      // Regularity: 1 − the coefficient of variation of the product's intervals (3+ purchases).
      // Being due only means something for a product bought at a regular pace.
      const regularity = k >= 3 ? regularityOf(gapSum[p]!, gapSquares[p]!, k - 1) : 0;
      features[f + 17] = regularity;
      features[f + 18] = regularity * due;
      features[f + 19] = regularity * Math.abs(due);
    });

    for (const p of own) {
      count[p] = 0;
      lastThree[p] = 0;
      ownScore[p] = 0;
      gapSum[p] = 0;
      gapSquares[p] = 0;
    }
    for (const p of touched) neighbourScore[p] = 0;
    return { products, features };
  }
}

/** The customer's typical days between orders (median gap); 30 when it has a single order. */
function customerGap(h: OrderHistory, lo: number, hi: number): number {
  if (hi - lo < 2) return 30;
  const gaps: number[] = [];
  for (let b = lo + 1; b < hi; b++) gaps.push((h.basketTime[b]! - h.basketTime[b - 1]!) / DAY_MS);
  gaps.sort((a, b) => a - b);
  return gaps[gaps.length >> 1]!;
}

/** 1 − coefficient of variation of `n` gaps, from their sum and sum of squares, in [0, 1]. */
function regularityOf(sum: number, squares: number, n: number): number {
  const mean = sum / n;
  if (mean <= 0) return 0;
  const variance = Math.max(0, squares / n - mean * mean);
  return Math.max(0, 1 - Math.sqrt(variance) / mean);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * The habitual globals of a history as of a date: the cut vectors of the customers with an order
 * (`cut`, one row per customer of `past`), and the products' recent share, trend and repeat rate.
 */
export function habitualGlobals(past: OrderHistory, asOf: number, cut: SparseRows): HabitualGlobals {
  const nProducts = past.productIds.length;
  const withHistory: number[] = [];
  for (let c = 0; c < past.customerIds.length; c++) if (past.basketStart[c + 1]! > past.basketStart[c]!) withHistory.push(c);
  const neighbourVectors = selectRows(cut, withHistory);

  // Global popularity: share of baskets with the product, in the last month and over all history.
  const recent = new Float64Array(nProducts);
  const all = new Float64Array(nProducts);
  const buyers = new Float64Array(nProducts);
  const repeaters = new Float64Array(nProducts);
  const seen = new Int32Array(nProducts).fill(-1);
  const seenTwice = new Int32Array(nProducts).fill(-1);
  let recentBaskets = 0;
  let firstTime = Infinity;
  for (let c = 0; c < past.customerIds.length; c++) {
    for (let b = past.basketStart[c]!; b < past.basketStart[c + 1]!; b++) {
      const isRecent = past.basketTime[b]! >= asOf - RECENT_DAYS * DAY_MS;
      firstTime = Math.min(firstTime, past.basketTime[b]!);
      if (isRecent) recentBaskets++;
      for (let i = past.itemStart[b]!; i < past.itemStart[b + 1]!; i++) {
        const p = past.itemProduct[i]!;
        all[p]!++;
        if (isRecent) recent[p]!++;
        if (seen[p] !== c) {
          seen[p] = c;
          buyers[p]!++;
        } else if (seenTwice[p] !== c) {
          seenTwice[p] = c;
          repeaters[p]!++;
        }
      }
    }
  }
  const span = Math.max(RECENT_DAYS, (asOf - firstTime) / DAY_MS);
  return {
    neighbourIds: withHistory.map((c) => past.customerIds[c]!),
    neighbourVectors,
    recentShare: recent.map((x) => x / Math.max(1, recentBaskets)),
    // Trend: recent share against the long-run share, smoothed so rare products stay near 0.
    trend: recent.map((r, p) => Math.log((r + 1) / ((all[p]! * RECENT_DAYS) / span + 1))),
    // Repeat rate: of the customers who bought it, the share who bought it again (smoothed to 0.3).
    repeatRate: repeaters.map((r, p) => (r + 3) / (buyers[p]! + 10)),
  };
}
