import { TopList } from './TopList.js';
import { GUIDE_SETTINGS } from './guideSettings.js';

/**
 * One sort key per product: 2 if it meets every hard constraint (so those come first), plus its fit
 * (0–1), plus `historyBlend` × its familiarity (0–1). Higher ranks first; ties by catalog order.
 */
export function rankKeys(fit: (p: number) => number, fits: (p: number) => boolean, familiarity: Float64Array | null, products: number): Float64Array {
  const keys = new Float64Array(products);
  for (let p = 0; p < products; p++) {
    keys[p] = (fits(p) ? 2 : 0) + fit(p) + (familiarity ? GUIDE_SETTINGS.historyBlend * familiarity[p]! : 0);
  }
  return keys;
}

/** The indexes of the `k` highest keys, highest first, ties by index. */
export function topK(keys: Float64Array, k: number): number[] {
  const top = new TopList(k);
  for (let p = 0; p < keys.length; p++) top.offer(p, keys[p]!);
  return top.toArray();
}
