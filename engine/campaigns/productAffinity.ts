import { DAY_MS } from '../prep/index.js';
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
  /** Per customer: its product most like the target (by cosine), −1 when none was ever ordered with it. */
  because: Int32Array;
}

/** Half-life, in days, of a bought product's weight in `cosineRecent`: a season. */
export const AFFINITY_HALF_LIFE_DAYS = 90;

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
  const out: ProductAffinity = { cosine: new Float64Array(n), cosineRecent: new Float64Array(n), cosineNow: new Float64Array(n), cosineMax: new Float64Array(n), likeBuyers: new Float64Array(n), likeRecentBuyers: new Float64Array(n), because: new Int32Array(n).fill(-1) };
  if (np === 0) return out;
  const [toBuyers, toRecent] = buyerProfiles(index, p);
  for (let c = 0; c < n; c++) {
    let sum = 0;
    let recent = 0;
    let best = 0;
    let sumNow = 0;
    for (const [q, [last]] of index.own[c]!) {
      if (q === p || co[q] === 0) continue;
      const k = co[q]! / Math.sqrt(np * basketsOf[q]!.length);
      sum += k;
      if (coNow[q]! > 0) sumNow += coNow[q]! / Math.sqrt(npNow * index.recentOrders[q]!);
      recent += k * Math.pow(0.5, (index.asOf - last) / DAY_MS / AFFINITY_HALF_LIFE_DAYS);
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
    const own = index.own[u]!;
    const isRecent = own.get(p)![0] >= from;
    if (isRecent) nRecent++;
    const w = 1 / Math.sqrt(own.size);
    for (const q of own.keys()) {
      if (q === p) continue;
      all[q]! += w / buyers.length;
      if (isRecent) recent[q]! += w;
    }
  }
  if (nRecent) for (let q = 0; q < recent.length; q++) recent[q]! /= nRecent;
  return [all, recent];
}

function like(index: CampaignIndex, c: number, weights: Float64Array): number {
  const own = index.own[c]!;
  if (own.size === 0) return 0;
  let s = 0;
  for (const q of own.keys()) s += weights[q]!;
  return s / Math.sqrt(own.size);
}
