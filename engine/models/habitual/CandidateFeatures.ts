import { DAY_MS, type OrderHistory } from '../../prep/index.js';
import { padded } from '../padded.js';
import { truncateRows, type SparseRows } from '../SparseRows.js';
import { tifuVectors } from '../tifuVectors.js';
import { topByScore } from '../topByScore.js';
import { habitualGlobals, type HabitualGlobals } from './habitualGlobals.js';
import { FEATURE_COUNT, type HabitualSettings } from './HabitualSettings.js';
import { searchedNeighbourScores, type NeighbourScores, type ProductScores } from './NeighbourScores.js';

/** The candidates of one customer with one feature row each (row-major, `FEATURE_COUNT` wide). */
export interface Candidates {
  products: Int32Array;
  features: Float64Array;
}

/**
 * Explore candidates an account insight keeps beyond the `exploreCandidates` a view ranks: twice
 * as many, so a customer that buys up to that many of them after the model was prepared still gets
 * its full explore list from the next ones (a bought product becomes a repeat candidate).
 */
export const INSIGHT_EXPLORE_FACTOR = 2;

/**
 * Computes, for one customer as of a date, the products worth ranking and their features:
 * every product the customer bought (repeat candidates) plus the products its nearest customers
 * buy most (explore candidates). Built once per as-of date from the baskets before it; reuses
 * scratch arrays between customers, so scoring one customer allocates little. The customers'
 * own features come from `past`; what other customers say comes from `globals` and `neighbours`
 * when given (a prepared model and the customers' insights), else from `past` itself.
 */
export class CandidateFeatures {
  readonly vectors: SparseRows;
  readonly globals: HabitualGlobals;
  private readonly neighbours: NeighbourScores;
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
    neighbours?: NeighbourScores,
  ) {
    const nProducts = past.productIds.length;
    this.vectors = tifuVectors(past, settings.decay);
    this.globals = globals ?? habitualGlobals(past, asOf);
    // Each customer's vector cut to its strongest products: the query of its neighbour search and what a neighbour contributes.
    this.neighbours = neighbours ?? searchedNeighbourScores(truncateRows(this.vectors, settings.neighbourProducts), settings.neighbours, settings.metric);
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

  /**
   * Customer `c`'s neighbour-blended scores as an account insight keeps them: those of the products
   * it bought, and of the `INSIGHT_EXPLORE_FACTOR × exploreCandidates` best others (products by
   * index; scores of 0 left out). Empty for a customer with no basket.
   */
  neighbourInsight(c: number): ProductScores {
    const h = this.past;
    const touched: number[] = [];
    if (h.basketStart[c + 1]! > h.basketStart[c]!) this.neighbours.addTo(c, this.neighbourScore, touched);
    const bought = new Set<number>();
    for (let i = h.itemStart[h.basketStart[c]!]!; i < h.itemStart[h.basketStart[c + 1]!]!; i++) bought.add(h.itemProduct[i]!);
    const explore = topByScore(touched.filter((p) => !bought.has(p)), this.neighbourScore, INSIGHT_EXPLORE_FACTOR * this.settings.exploreCandidates);
    const products = Int32Array.from([...touched.filter((p) => bought.has(p)), ...explore]).sort();
    const scores = Float64Array.from(products, (p) => this.neighbourScore[p]!);
    for (const p of touched) this.neighbourScore[p] = 0;
    return { products, scores };
  }

/** The candidates and features of customer `c`; empty for a customer with no basket. */
  candidates(c: number): Candidates {
    const h = this.past;
    const lo = h.basketStart[c]!;
    const hi = h.basketStart[c + 1]!;
    const n = hi - lo;
    if (n === 0) return { products: new Int32Array(0), features: new Float64Array(0) };
    const { count, last, first, lastThree, gapSum, gapSquares, neighbourScore, vectors } = this;
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

    const touched: number[] = [];
    this.neighbours.addTo(c, neighbourScore, touched);
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
