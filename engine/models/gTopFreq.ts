import { DAY_MS, sliceHistory } from '../prep/index.js';
import type { OrderHistory } from '../prep/index.js';
import { medianQuantity } from './medianQuantity.js';
import type { FittedModel, Model, ScoredProduct } from './Model.js';

/** Options of the G-TopFreq baseline. */
export interface GTopFreqOptions {
  /** How far back popularity is counted, in days before `asOf`. Default 90: one quarter. */
  windowDays?: number;
}

/** One product's popularity: the baskets of the window containing it, and their share. */
interface Popular {
  product: number;
  baskets: number;
  share: number;
}

/**
 * G-TopFreq, the global popularity baseline: the products in the most baskets over the last
 * `windowDays` before `asOf` (ties: lower product index first), the same list for every known
 * customer, including one with no history. Probability = share of those baskets containing the
 * product; score = that basket count; quantity from `medianQuantity`.
 */
export function gTopFreq(options: GTopFreqOptions = {}): Model {
  const windowDays = options.windowDays ?? 90;
  return {
    name: 'G-TopFreq',
    fit(history: OrderHistory, asOf: number): FittedModel {
      const past = sliceHistory(history, { before: asOf });
      const popular = popularProducts(past, asOf - windowDays * DAY_MS);
      const quantity = medianQuantity(past);
      const nCustomers = past.customerIds.length;
      return {
        recommend(customer: number, k: number): ScoredProduct[] {
          if (!Number.isInteger(customer) || customer < 0 || customer >= nCustomers) return [];
          return popular.slice(0, Math.max(0, k)).map(({ product, baskets, share }) => ({
            product,
            score: baskets,
            probability: share,
            quantity: quantity(customer, product),
          }));
        },
      };
    },
  };
}

/** Products of the baskets at or after `from`, by number of baskets containing them. */
function popularProducts(past: OrderHistory, from: number): Popular[] {
  const counts = new Int32Array(past.productIds.length);
  let nBaskets = 0;
  for (let b = 0; b < past.basketTime.length; b++) {
    if (past.basketTime[b]! < from) continue;
    nBaskets++;
    for (let i = past.itemStart[b]!; i < past.itemStart[b + 1]!; i++) counts[past.itemProduct[i]!]!++;
  }
  const popular: Popular[] = [];
  counts.forEach((baskets, product) => {
    if (baskets > 0) popular.push({ product, baskets, share: baskets / nBaskets });
  });
  return popular.sort((a, b) => b.baskets - a.baskets || a.product - b.product);
}
