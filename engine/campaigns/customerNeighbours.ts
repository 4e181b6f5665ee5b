import { topByScore } from '../models/index.js';
import type { CampaignIndex } from './CampaignIndex.js';

/** Each account's most similar accounts (by what they bought), for user-kNN propensities. */
export interface CustomerNeighbours {
  /** Neighbours per customer, most similar first (customer indexes). */
  ids: Int32Array[];
  /** Their cosine similarity, aligned with `ids`. */
  sims: Float32Array[];
}

/** Neighbours kept per account: enough to reach the buyers of a mid-selling product. */
export const NEIGHBOURS = 50;

/**
 * The `k` nearest accounts of every account by cosine over product sets (bought before as-of),
 * exact: per account, co-counts over the buyers of each of its products (Σ over products of
 * buyers², a few tens of millions on the shared data), then the `k` best.
 */
export function customerNeighbours(index: CampaignIndex, k = NEIGHBOURS): CustomerNeighbours {
  const n = index.own.length;
  const { ownStart, ownProduct } = index;
  const buyers = index.buyersOf.map((list) => Int32Array.from(list));
  const size = Float64Array.from({ length: n }, (_, c) => ownStart[c + 1]! - ownStart[c]!);
  const dot = new Float64Array(n);
  const touched: number[] = [];
  const ids: Int32Array[] = [];
  const sims: Float32Array[] = [];
  for (let c = 0; c < n; c++) {
    for (let k = ownStart[c]!; k < ownStart[c + 1]!; k++) {
      const list = buyers[ownProduct[k]!]!;
      for (let j = 0; j < list.length; j++) {
        const u = list[j]!;
        if (dot[u] === 0) touched.push(u);
        dot[u]! += 1;
      }
    }
    dot[c] = 0;
    const i = touched.indexOf(c);
    if (i >= 0) touched.splice(i, 1);
    for (const u of touched) dot[u] = dot[u]! / Math.sqrt(size[c]! * size[u]!);
    const top = topByScore(touched, dot, k);
    ids.push(Int32Array.from(top));
    sims.push(Float32Array.from(top, (u) => dot[u]!));
    for (const u of touched) dot[u] = 0;
    touched.length = 0;
  }
  return { ids, sims };
}
