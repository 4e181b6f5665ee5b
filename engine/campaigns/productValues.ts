import { median } from '../models/index.js';
import type { CampaignIndex } from './CampaignIndex.js';

/** What one product is worth per order, from its lines before as-of. */
export interface ProductValue {
  /** Median unit price paid; `null` when no line has a known positive price. */
  price: number | null;
  /** Median line value (quantity × unit price): what an order of it is worth; 0 when unknown. */
  lineValue: number;
}

/** The value of product `p` from the orders of the index that hold it (typical, robust to bulk buyers). */
export function productValue(index: CampaignIndex, p: number): ProductValue {
  const { history } = index;
  const prices: number[] = [];
  const values: number[] = [];
  for (const b of index.basketsOf[p]!) {
    for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) {
      if (history.itemProduct[i] !== p) continue;
      const price = history.itemPrice[i]!;
      if (!(price > 0)) continue;
      prices.push(price);
      values.push(price * history.itemQuantity[i]!);
    }
  }
  return { price: prices.length ? median(prices) : null, lineValue: values.length ? median(values) : 0 };
}

