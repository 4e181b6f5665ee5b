import type { OrderHistory } from '../prep/index.js';
import { sparseRowsFromMaps, type SparseRows } from './SparseRows.js';

/** TIFU-KNN's decay settings (Hu et al., SIGIR 2020). */
export interface TifuDecay {
  /** Number of groups the history is cut into (m). */
  groups: number;
  /** Decay per basket within the history (r_b). */
  withinDecay: number;
  /** Decay per group (r_g). */
  groupDecay: number;
}

/**
 * Sizes of the min(n, m) near-equal consecutive groups of n baskets, as the reference code
 * (HaojiHu/TIFUKNN `group_history_list`) cuts them: the first groups take ⌊n/m⌋ baskets, the last
 * round((n/m − ⌊n/m⌋)·m) groups take ⌈n/m⌉.
 */
export function groupSizes(n: number, m: number): number[] {
  if (n < m) return Array.from({ length: n }, () => 1);
  const base = Math.floor(n / m);
  const withExtra = Math.round((n / m - base) * m);
  return Array.from({ length: m }, (_, j) => (j < m - withExtra ? base : base + 1));
}

/**
 * Every customer's time-decayed frequency vector (TIFU): basket i of n weighs r_b^(n−1−i); the
 * baskets are cut into groups (see `groupSizes`), group j weighs r_g^(m−1−j); the sum is divided by
 * the number of groups. Baskets are binary (bought or not). Customers with no basket get an empty row.
 */
export function tifuVectors(history: OrderHistory, decay: TifuDecay): SparseRows {
  const nCustomers = history.customerIds.length;
  const rows: Map<number, number>[] = [];
  for (let c = 0; c < nCustomers; c++) {
    const first = history.basketStart[c]!;
    const n = history.basketStart[c + 1]! - first;
    const row = new Map<number, number>();
    if (n > 0) {
      const sizes = groupSizes(n, decay.groups);
      let i = 0;
      sizes.forEach((size, j) => {
        const groupWeight = Math.pow(decay.groupDecay, decay.groups - 1 - j);
        for (let s = 0; s < size; s++, i++) {
          const w = (groupWeight * Math.pow(decay.withinDecay, n - 1 - i)) / sizes.length;
          const b = first + i;
          for (let t = history.itemStart[b]!; t < history.itemStart[b + 1]!; t++) {
            const p = history.itemProduct[t]!;
            row.set(p, (row.get(p) ?? 0) + w);
          }
        }
      });
    }
    rows.push(row);
  }
  return sparseRowsFromMaps(rows, history.productIds.length);
}
