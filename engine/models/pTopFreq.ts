import { sliceHistory } from '../prep/index.js';
import type { OrderHistory } from '../prep/index.js';
import { gTopFreq } from './gTopFreq.js';
import { medianQuantity } from './medianQuantity.js';
import type { FittedModel, Model, ScoredProduct } from './Model.js';

/** Options of the P-TopFreq baseline. */
export interface PTopFreqOptions {
  /**
   * Complete a list shorter than k with G-TopFreq's products. Default true: that is how the
   * reference figures (data README) were measured.
   */
  fill?: boolean;
}

/** One of the customer's products: in how many of its baskets, and when first and last. */
interface Own {
  product: number;
  baskets: number;
  /** Customer's basket index of the last purchase: higher is more recent. */
  last: number;
  /** Item index of the first purchase: lower was bought first (earlier basket, earlier line). */
  first: number;
}

/**
 * P-TopFreq, the personal frequency baseline: the customer's own products by the number of its
 * baskets containing them; ties go to the more recent last purchase, then to the product the
 * customer bought first (this reading reproduces the reference figures). Probability = that
 * count / the customer's basket count; score = 1 + probability, so own products always outrank
 * the G-TopFreq products that fill the list up to k (score and probability = their global
 * share). A customer with no basket before `asOf` gets [] (the fill completes a personal list,
 * it does not invent one). Quantity from `medianQuantity`.
 */
export function pTopFreq(options: PTopFreqOptions = {}): Model {
  const fill = options.fill ?? true;
  return {
    name: 'P-TopFreq',
    fit(history: OrderHistory, asOf: number): FittedModel {
      const past = sliceHistory(history, { before: asOf });
      const quantity = medianQuantity(past);
      const popular = fill ? gTopFreq().fit(past, asOf) : undefined;
      const nCustomers = past.customerIds.length;
      return {
        recommend(customer: number, k: number): ScoredProduct[] {
          if (!Number.isInteger(customer) || customer < 0 || customer >= nCustomers || k < 1) return [];
          const first = past.basketStart[customer]!;
          const nBaskets = past.basketStart[customer + 1]! - first;
          if (nBaskets === 0) return [];
          const own = ownProducts(past, customer).slice(0, k);
          const list: ScoredProduct[] = own.map(({ product, baskets }) => ({
            product,
            score: 1 + baskets / nBaskets,
            probability: baskets / nBaskets,
            quantity: quantity(customer, product),
          }));
          if (popular && list.length < k) {
            const have = new Set(list.map((r) => r.product));
            for (const r of popular.recommend(customer, k + list.length)) {
              if (list.length === k) break;
              if (!have.has(r.product)) list.push({ ...r, score: r.probability });
            }
          }
          return list;
        },
      };
    },
  };
}

/** The customer's products, best first. */
function ownProducts(past: OrderHistory, customer: number): Own[] {
  const byProduct = new Map<number, Own>();
  for (let b = past.basketStart[customer]!; b < past.basketStart[customer + 1]!; b++) {
    for (let i = past.itemStart[b]!; i < past.itemStart[b + 1]!; i++) {
      const product = past.itemProduct[i]!;
      const own = byProduct.get(product);
      // Baskets are in time order, so the basket seen last is the last purchase.
      if (own) (own.baskets++, (own.last = b));
      else byProduct.set(product, { product, baskets: 1, last: b, first: i });
    }
  }
  return [...byProduct.values()].sort((a, b) => b.baskets - a.baskets || b.last - a.last || a.first - b.first);
}
