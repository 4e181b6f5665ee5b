import { DAY_MS } from '../prep/index.js';
import type { CustomerNeighbours } from './customerNeighbours.js';
import { RECENT_WINDOW_DAYS, type CampaignIndex } from './CampaignIndex.js';

/** What a customer's purchases say about one target product, by co-purchase (item-kNN). */
export interface ProductAffinity {
  /** Per customer: Σ cosine(target, q) over its products q (the item-kNN baseline's score). */
  cosine: Float64Array;
  /** The same sum with each product weighted by how recently the customer bought it. */
  cosineRecent: Float64Array;
  /** Per customer: the largest cosine(target, q). */
  cosineMax: Float64Array;
  /** Σ cosine over the orders of the last 90 days only: what sells together now (the season). */
  cosineNow: Float64Array;
  /** Mean cosine between the customer's product set and those of the target's buyers (user-kNN), all and last 90 days. */
  likeBuyers: Float64Array;
  likeRecentBuyers: Float64Array;
  /** Σ similarity of the customer's nearest accounts that bought the target (user-kNN), ever and in the last 90 days, and Σ similarity of all its neighbours. */
  neighbours: Float64Array;
  neighboursRecent: Float64Array;
  neighbourMass: Float64Array;
  /** Naive-Bayes lift of the customer's products for a first purchase of the target in the last 90 days: summed, mean and best log-lift. */
  conversion: Float64Array;
  conversionMean: Float64Array;
  conversionMax: Float64Array;
  /** Per customer: its product most like the target (by cosine), −1 when none was ever ordered with it. */
  because: Int32Array;
}

/**
 * Item-kNN affinity of every customer to product `p`: cosine(p, q) = n(p∩q) / √(n(p)·n(q)) over
 * the orders before as-of (n: orders holding the product; p∩q: orders holding both, "bought
 * together"), summed over each customer's products. One pass over the orders holding `p` for the
 * co-counts, one over every customer's products.
 */
export function productAffinity(index: CampaignIndex, p: number): ProductAffinity {
  const n = index.own.length;
  const { history, basketsOf } = index;
  const co = new Float64Array(basketsOf.length);
  const coNow = new Float64Array(basketsOf.length);
  const now = index.asOf - RECENT_WINDOW_DAYS * DAY_MS;
  for (const b of basketsOf[p]!) {
    const recent = history.basketTime[b]! >= now;
    for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) {
      if (!(history.itemQuantity[i]! > 0)) continue;
      co[history.itemProduct[i]!]!++;
      if (recent) coNow[history.itemProduct[i]!]!++;
    }
  }
  const np = basketsOf[p]!.length;
  const npNow = coNow[p]!;
  const out: ProductAffinity = { cosine: new Float64Array(n), cosineRecent: new Float64Array(n), cosineNow: new Float64Array(n), cosineMax: new Float64Array(n), likeBuyers: new Float64Array(n), likeRecentBuyers: new Float64Array(n), neighbours: new Float64Array(n), neighboursRecent: new Float64Array(n), neighbourMass: new Float64Array(n), conversion: new Float64Array(n), conversionMean: new Float64Array(n), conversionMax: new Float64Array(n), because: new Int32Array(n).fill(-1) };
  if (np === 0) return out;
  neighbourVotes(index, p, index.neighbours, out);
  conversionLift(index, p, out);
  const [toBuyers, toRecent] = buyerProfiles(index, p);
  const { ownStart, ownProduct, ownWeight } = index;
  const norm = Float64Array.from(basketsOf, (list, q) => (co[q]! > 0 ? 1 / Math.sqrt(np * list.length) : 0));
  const normNow = Float64Array.from(index.recentOrders, (orders, q) => (coNow[q]! > 0 ? 1 / Math.sqrt(npNow * orders) : 0));
  norm[p] = 0;
  normNow[p] = 0;
  for (let c = 0; c < n; c++) {
    let sum = 0;
    let recent = 0;
    let best = 0;
    let sumNow = 0;
    for (let j = ownStart[c]!; j < ownStart[c + 1]!; j++) {
      const q = ownProduct[j]!;
      const k = co[q]! * norm[q]!;
      if (k === 0) continue;
      sum += k;
      recent += k * ownWeight[j]!;
      sumNow += coNow[q]! * normNow[q]!;
      if (k > best) {
        best = k;
        out.because[c] = q;
      }
    }
    out.likeBuyers[c] = like(index, c, toBuyers);
    out.likeRecentBuyers[c] = like(index, c, toRecent);
    out.cosine[c] = sum;
    out.cosineNow[c] = sumNow;
    out.cosineRecent[c] = recent;
    out.cosineMax[c] = best;
  }
  return out;
}

/**
 * The buyers of `p` folded into product weights, so that Σ over a customer's products of the weight
 * / √(its product count) is its mean cosine to those buyers (user-kNN over every buyer, in linear time):
 * w[q] = Σ over buyers u holding q of 1 / √|u|, divided by the number of buyers.
 */
function buyerProfiles(index: CampaignIndex, p: number): [all: Float64Array, recent: Float64Array] {
  const all = new Float64Array(index.buyersOf.length);
  const recent = new Float64Array(index.buyersOf.length);
  const from = index.asOf - RECENT_WINDOW_DAYS * DAY_MS;
  const buyers = index.buyersOf[p]!;
  let nRecent = 0;
  for (const u of buyers) {
    const isRecent = index.own[u]!.get(p)![0] >= from;
    if (isRecent) nRecent++;
    const w = 1 / Math.sqrt(index.ownStart[u + 1]! - index.ownStart[u]!);
    for (let j = index.ownStart[u]!; j < index.ownStart[u + 1]!; j++) {
      const q = index.ownProduct[j]!;
      if (q === p) continue;
      all[q]! += w / buyers.length;
      if (isRecent) recent[q]! += w;
    }
  }
  if (nRecent) for (let q = 0; q < recent.length; q++) recent[q]! /= nRecent;
  return [all, recent];
}

function like(index: CampaignIndex, c: number, weights: Float64Array): number {
  const { ownStart, ownProduct } = index;
  const size = ownStart[c + 1]! - ownStart[c]!;
  if (size === 0) return 0;
  let s = 0;
  for (let j = ownStart[c]!; j < ownStart[c + 1]!; j++) s += weights[ownProduct[j]!]!;
  return s / Math.sqrt(size);
}

/** User-kNN: for every customer, the similarity mass of its neighbours who bought `p` (ever, and lately). */
function neighbourVotes(index: CampaignIndex, p: number, near: CustomerNeighbours, out: ProductAffinity): void {
  const from = index.asOf - RECENT_WINDOW_DAYS * DAY_MS;
  const last = new Float64Array(near.ids.length).fill(NaN);
  for (const u of index.buyersOf[p]!) last[u] = index.own[u]!.get(p)![0];
  for (let c = 0; c < near.ids.length; c++) {
    const ids = near.ids[c]!;
    const sims = near.sims[c]!;
    let all = 0;
    let recent = 0;
    let mass = 0;
    for (let i = 0; i < ids.length; i++) {
      mass += sims[i]!;
      const t = last[ids[i]!]!;
      if (Number.isNaN(t)) continue;
      all += sims[i]!;
      if (t >= from) recent += sims[i]!;
    }
    out.neighbours[c] = all;
    out.neighboursRecent[c] = recent;
    out.neighbourMass[c] = mass;
  }
}

/** Prior weight (in accounts) pulling a product's conversion rate to the base rate: rare products say little. */
const CONVERSION_PRIOR = 20;

/**
 * What the recent first buyers of `p` owned: over the accounts that had ordered before the last 90
 * days without `p`, the rate at which owners of each product q bought `p` for the first time in
 * those 90 days, shrunk to the base rate, as a log-lift; each customer gets the sum, mean and best
 * log-lift over its products. Learns, per product and from the latest season, who converts.
 */
function conversionLift(index: CampaignIndex, p: number, out: ProductAffinity): void {
  const start = index.asOf - RECENT_WINDOW_DAYS * DAY_MS;
  const nProducts = index.buyersOf.length;
  const owners = new Float64Array(nProducts);
  const converts = new Float64Array(nProducts);
  let eligible = 0;
  let converters = 0;
  for (let u = 0; u < index.own.length; u++) {
    const times = index.orderTimes[u]!;
    if (times.length === 0 || times[0]! >= start) continue;
    const bought = index.own[u]!.get(p);
    if (bought && bought[2] < start) continue;
    eligible++;
    const converted = bought !== undefined;
    if (converted) converters++;
    for (let j = index.ownStart[u]!; j < index.ownStart[u + 1]!; j++) {
      const q = index.ownProduct[j]!;
      if (index.ownFirst[j]! >= start || q === p) continue;
      owners[q]!++;
      if (converted) converts[q]!++;
    }
  }
  if (converters === 0) return;
  const base = converters / eligible;
  const lift = new Float64Array(nProducts);
  for (let q = 0; q < nProducts; q++) if (owners[q]! > 0) lift[q] = Math.log((converts[q]! + CONVERSION_PRIOR * base) / (owners[q]! + CONVERSION_PRIOR) / base);
  for (let c = 0; c < index.own.length; c++) {
    let sum = 0;
    let best = -Infinity;
    for (let j = index.ownStart[c]!; j < index.ownStart[c + 1]!; j++) {
      const l = lift[index.ownProduct[j]!]!;
      sum += l;
      if (l > best) best = l;
    }
    const size = index.ownStart[c + 1]! - index.ownStart[c]!;
    out.conversion[c] = sum;
    out.conversionMean[c] = size ? sum / size : 0;
    out.conversionMax[c] = size ? best : 0;
  }
}
