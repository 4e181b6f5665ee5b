import { DAY_MS, type OrderHistory } from '../../prep/index.js';

/** The window of "recent" global popularity: a month, short enough to follow the season. */
const RECENT_DAYS = 30;

/**
 * What the habitual features take from every customer about each product, not only from the one
 * scored: its popularity, trend and repeat rate. Computed from a whole history, or read back from
 * a prepared model. No customer's own row: what a customer's neighbours say comes from
 * `NeighbourScores`.
 */
export interface HabitualGlobals {
  /** By product: share of baskets holding it in the last month. */
  recentShare: Float64Array;
  /** By product: the last month's share against the long-run one (log ratio, smoothed). */
  trend: Float64Array;
  /** By product: of the customers who bought it, the share who bought it again (smoothed). */
  repeatRate: Float64Array;
}

/**
 * The habitual globals of a history as of a date: the products' recent share, trend and repeat
 * rate; those of a product bought by fewer than `minBuyers` customers are a product nobody
 * bought's (0, 0 and 0.3). The ranker is trained on every product's (`minBuyers` 1: cutting
 * rare products' features can tip a ranker fitted on few customers); the model scores, and
 * shares, `MIN_CELL_BUYERS`' (decisions/0025).
 */
export function habitualGlobals(past: OrderHistory, asOf: number, minBuyers = 1): HabitualGlobals {
  const nProducts = past.productIds.length;

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
  // A product of fewer than `minBuyers` buyers says what a product nobody bought says: its few buyers' habits stay theirs.
  for (let p = 0; p < nProducts; p++) if (buyers[p]! < minBuyers) recent[p] = all[p] = buyers[p] = repeaters[p] = 0;
  const span = Math.max(RECENT_DAYS, (asOf - firstTime) / DAY_MS);
  return {
    recentShare: recent.map((x) => x / Math.max(1, recentBaskets)),
    // Trend: recent share against the long-run share, smoothed so rare products stay near 0.
    trend: recent.map((r, p) => Math.log((r + 1) / ((all[p]! * RECENT_DAYS) / span + 1))),
    // Repeat rate: of the customers who bought it, the share who bought it again (smoothed to 0.3).
    repeatRate: repeaters.map((r, p) => (r + 3) / (buyers[p]! + 10)),
  };
}
