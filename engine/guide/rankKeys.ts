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

/** The indexes of the `k` highest keys, highest first, ties by index (a partial insertion sort: k is small). */
export function topK(keys: Float64Array, k: number): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  for (let p = 0; p < keys.length; p++) {
    const key = keys[p]!;
    if (top.length === k) {
      if (key <= keys[top[k - 1]!]!) continue;
      top.pop();
    }
    let i = top.length;
    top.push(p);
    while (i > 0 && keys[top[i - 1]!]! < key) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = p;
  }
  return top;
}
