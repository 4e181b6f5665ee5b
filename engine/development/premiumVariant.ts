import { productGroup } from '../catalog/index.js';

/** A dearer variant of a product the customer buys. */
export interface PremiumVariant {
  /** The bought product it is a premium variant of. */
  of: string;
  /** How much dearer, as a fraction (0.25: 25 % dearer). */
  dearerBy: number;
}

/** Fewest fraction a variant must cost above the bought one to count as premium. */
export const MIN_PREMIUM = 0.15;

/**
 * Whether `productId` is a premium variant of a product the customer buys: same product group
 * (`productGroup`: 85099F and 85099B are variants of 85099) and a typical price at least
 * `MIN_PREMIUM` above it. When several bought variants qualify, the dearest (the smallest step
 * up) is named. `priceOf` gives a product's typical price, null when unknown. `bought` may hold
 * the customer's products of the same group only (the caller's index), or all of them.
 */
export function premiumVariant(productId: string, bought: Iterable<string>, priceOf: (productId: string) => number | null): PremiumVariant | null {
  const group = productGroup(productId);
  let best: PremiumVariant | null = null;
  let price: number | null | undefined;
  for (const other of bought) {
    if (other === productId || productGroup(other) !== group) continue;
    price ??= priceOf(productId);
    if (price === null || !(price > 0)) return null;
    const base = priceOf(other);
    if (base === null || !(base > 0)) continue;
    const dearerBy = price / base - 1;
    if (dearerBy >= MIN_PREMIUM && (best === null || dearerBy < best.dearerBy)) best = { of: other, dearerBy };
  }
  return best;
}
