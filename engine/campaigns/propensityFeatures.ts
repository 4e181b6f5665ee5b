import { productGroup } from '../catalog/index.js';
import { DAY_MS } from '../prep/index.js';
import type { AccountActivity } from './accountActivity.js';
import type { ProductAffinity } from './productAffinity.js';
import type { CampaignIndex } from './CampaignIndex.js';

/** Names of the propensity features, in order (for reading the fitted weights). */
export const PROPENSITY_FEATURE_NAMES = [
  'log orders 30 d', 'log orders 90 d', 'log orders 365 d', 'log days since last order', 'due (log recency / interval)', 'has a rhythm',
  'log products bought', 'log products bought 90 d', 'log item-kNN', 'log item-kNN recent', 'best cosine', 'mean cosine',
  'log recent buyers of the product', 'log buyers of the product', 'buys a variant of the product',
  'log item-kNN now', 'log item-kNN × log orders 90 d', 'log item-kNN now × log orders 90 d',
  'log like buyers', 'log like recent buyers',
  'log new products 30 d', 'log new products 90 d', 'log products per order', 'log orders of the product', 'product lapse (log days since / usual gap)',
  'log user-kNN', 'log user-kNN recent', 'user-kNN share', 'user-kNN recent share',
  'conversion log-lift sum', 'conversion log-lift mean', 'conversion log-lift best',
] as const;

/** Features per (account, product) row. */
export const PROPENSITY_FEATURE_COUNT = PROPENSITY_FEATURE_NAMES.length;

/**
 * The feature rows of `customers` for product `p`, row-major: the account's activity and rhythm
 * (product-free), its item-kNN affinity to `p`, how `p` sells now, and whether it buys a variant
 * of `p` (same `productGroup`). Logs keep heavy tails from dominating the linear model.
 */
export function propensityFeatures(index: CampaignIndex, p: number, customers: readonly number[], activity: readonly AccountActivity[], affinity: ProductAffinity): Float64Array {
  const d = PROPENSITY_FEATURE_COUNT;
  const rows = new Float64Array(customers.length * d);
  const variants = variantsOf(index, p);
  const recentBuyers = Math.log1p(index.recentBuyers[p]!);
  const buyers = Math.log1p(index.buyersOf[p]!.length);
  customers.forEach((c, r) => {
    const a = activity[c]!;
    const o = r * d;
    rows[o] = Math.log1p(a.orders30);
    rows[o + 1] = Math.log1p(a.orders90);
    rows[o + 2] = Math.log1p(a.orders365);
    rows[o + 3] = Math.log1p(a.recencyDays);
    rows[o + 4] = a.intervalDays === null ? 0 : Math.log1p(a.recencyDays) - Math.log1p(a.intervalDays);
    rows[o + 5] = a.intervalDays === null ? 0 : 1;
    rows[o + 6] = Math.log1p(a.breadth);
    rows[o + 7] = Math.log1p(a.breadth90);
    rows[o + 8] = Math.log1p(10 * affinity.cosine[c]!);
    rows[o + 9] = Math.log1p(10 * affinity.cosineRecent[c]!);
    rows[o + 10] = affinity.cosineMax[c]!;
    rows[o + 11] = a.breadth ? affinity.cosine[c]! / a.breadth : 0;
    rows[o + 12] = recentBuyers;
    rows[o + 13] = buyers;
    rows[o + 14] = variants.some((q) => index.own[c]!.has(q)) ? 1 : 0;
    rows[o + 15] = Math.log1p(10 * affinity.cosineNow[c]!);
    rows[o + 16] = rows[o + 8]! * rows[o + 1]!;
    rows[o + 17] = rows[o + 15]! * rows[o + 1]!;
    rows[o + 18] = Math.log(1e-3 + affinity.likeBuyers[c]!);
    rows[o + 19] = Math.log(1e-3 + affinity.likeRecentBuyers[c]!);
    rows[o + 20] = Math.log1p(a.newProducts30);
    rows[o + 21] = Math.log1p(a.newProducts90);
    rows[o + 22] = Math.log1p(a.basketSize);
    const own = index.own[c]!.get(p);
    rows[o + 23] = own ? Math.log1p(own[1]) : 0;
    const mass = affinity.neighbourMass[c]! || 1;
    rows[o + 25] = Math.log1p(10 * affinity.neighbours[c]!);
    rows[o + 26] = Math.log1p(10 * affinity.neighboursRecent[c]!);
    rows[o + 27] = affinity.neighbours[c]! / mass;
    rows[o + 28] = affinity.neighboursRecent[c]! / mass;
    rows[o + 29] = affinity.conversion[c]!;
    rows[o + 30] = affinity.conversionMean[c]!;
    rows[o + 31] = affinity.conversionMax[c]!;
    rows[o + 24] = own && own[1] > 1 ? Math.log1p((index.asOf - own[0]) / DAY_MS) - Math.log1p((own[0] - own[2]) / DAY_MS / (own[1] - 1)) : 0;
  });
  return rows;
}

/** The other products of `p`'s group (its variants), by index. */
export function variantsOf(index: CampaignIndex, p: number): number[] {
  const ids = index.history.productIds;
  const group = productGroup(ids[p]!);
  const out: number[] = [];
  ids.forEach((id, q) => {
    if (q !== p && id.startsWith(group) && productGroup(id) === group) out.push(q);
  });
  return out;
}
