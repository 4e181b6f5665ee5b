import { DAY_MS } from '../prep/index.js';
import type { CampaignIndex } from './CampaignIndex.js';

/** Why an account is offered a product: never bought it, buys a cheaper variant, or stopped buying it. */
export type CampaignKind = 'cross-sell' | 'up-sell' | 'reactivation';

/** Every kind, in the order a report lists them. */
export const CAMPAIGN_KINDS: readonly CampaignKind[] = ['cross-sell', 'up-sell', 'reactivation'];

/** The kind of one (account, product) pair and the facts behind it. */
export interface KindEvidence {
  kind: CampaignKind;
  /** Up-sell: the cheaper variant the account buys (product index), and how much dearer the target is (0.25: 25 %). */
  cheaper?: number;
  dearerBy?: number;
  /** Reactivation: orders that held the product, and days since the last. */
  productOrders?: number;
  lapsedDays?: number;
}

/** Orders holding a product before an account counts as buying it regularly. */
export const REGULAR_ORDERS = 3;

/** A regular product is "stopped" when not ordered for this many times its usual gap, and at least `MIN_LAPSE_DAYS`. */
export const LAPSE_FACTOR = 2;
export const MIN_LAPSE_DAYS = 60;

/** Fewest fraction a variant must cost above the bought one to be an up-sell (as `premiumVariant`). */
export const MIN_UPSELL_PREMIUM = 0.15;

/**
 * The kind of offering product `p` to account `c`, or `null` when it is none (it still buys `p`, or
 * bought it only now and then). Reactivation: `p` in at least `REGULAR_ORDERS` orders, the last one
 * longer ago than `LAPSE_FACTOR` × its usual gap (the span from the account's first order to its
 * last order of `p`, over the orders of `p` less one). Never bought: up-sell when the account buys
 * a variant of `p` (`variants`) at least `MIN_UPSELL_PREMIUM` cheaper (`priceOf`), else cross-sell.
 */
export function campaignKind(index: CampaignIndex, c: number, p: number, variants: readonly number[], priceOf: (p: number) => number | null): KindEvidence | null {
  const own = index.own[c]!;
  if (own.has(p)) return lapsedRegular(index, c, p);
  const price = priceOf(p);
  let best: KindEvidence | null = null;
  if (price !== null) {
    for (const q of variants) {
      const base = own.has(q) ? priceOf(q) : null;
      if (base === null || !(base > 0)) continue;
      const dearerBy = price / base - 1;
      if (dearerBy >= MIN_UPSELL_PREMIUM && (!best || dearerBy < best.dearerBy!)) best = { kind: 'up-sell', cheaper: q, dearerBy };
    }
  }
  return best ?? { kind: 'cross-sell' };
}

/** Reactivation evidence when account `c` bought `p` regularly and stopped (see `campaignKind`), else `null`. */
export function lapsedRegular(index: CampaignIndex, c: number, p: number): KindEvidence | null {
  const bought = index.own[c]!.get(p);
  if (!bought) return null;
  const [last, orders] = bought;
  if (orders < REGULAR_ORDERS) return null;
  const first = index.orderTimes[c]![0]!;
  const gap = (last - first) / DAY_MS / (orders - 1);
  const lapsedDays = (index.asOf - last) / DAY_MS;
  return lapsedDays > Math.max(MIN_LAPSE_DAYS, LAPSE_FACTOR * gap) ? { kind: 'reactivation', productOrders: orders, lapsedDays } : null;
}
