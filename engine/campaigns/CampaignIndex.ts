import { customerNeighbours, type CustomerNeighbours } from './customerNeighbours.js';
import { DAY_MS, type OrderHistory } from '../prep/index.js';

/**
 * Who bought what before an as-of date, in the shapes a campaign needs: per customer its products
 * (with the last time and the number of orders holding each) and its order times; per product the
 * customers who bought it. Built once per as-of date, shared by every target product.
 */
export interface CampaignIndex {
  readonly history: OrderHistory;
  readonly asOf: number;
  /** Per customer: product → [last order time, orders holding it, first order time]. Only baskets before `asOf`. */
  readonly own: Map<number, [last: number, orders: number, first: number]>[];
  /** The same, flat for fast scans: customer c's products are `ownProduct[ownStart[c] .. ownStart[c + 1] − 1]`, each with its last order's recency weight (half-life `OWN_HALF_LIFE_DAYS`). */
  readonly ownStart: Int32Array;
  readonly ownProduct: Int32Array;
  readonly ownWeight: Float64Array;
  /** Aligned with `ownProduct`: when the customer first bought it (ms UTC). */
  readonly ownFirst: Float64Array;
  /** Per customer: order times before `asOf`, oldest first. */
  readonly orderTimes: Float64Array[];
  /** Per product: customers who bought it before `asOf`. */
  readonly buyersOf: number[][];
  /** Per product: customers who bought it in the 90 days before `asOf` (its recent pull). */
  readonly recentBuyers: Float64Array;
  /** Each account's nearest accounts by what they bought (user-kNN). */
  readonly neighbours: CustomerNeighbours;
  /** Per product: orders holding it in the 90 days before `asOf`. */
  readonly recentOrders: Float64Array;
  /** Per product: the orders (basket indexes) before `asOf` holding it. */
  readonly basketsOf: number[][];
}

/** Half-life, in days, of a bought product's weight in recency-weighted affinities: a season. */
export const OWN_HALF_LIFE_DAYS = 90;

/** Window of a product's recent buyers, in days: a quarter, as the protocol's product choice. */
export const RECENT_WINDOW_DAYS = 90;

/** The purchase index of `history` as of `asOf` (baskets on or after it are ignored: nothing leaks). */
export function campaignIndex(history: OrderHistory, asOf: number): CampaignIndex {
  const nCustomers = history.customerIds.length;
  const nProducts = history.productIds.length;
  const own: Map<number, [number, number, number]>[] = [];
  const orderTimes: Float64Array[] = [];
  const buyersOf: number[][] = Array.from({ length: nProducts }, () => []);
  const recentBuyers = new Float64Array(nProducts);
  const recentFrom = asOf - RECENT_WINDOW_DAYS * DAY_MS;
  const basketsOf: number[][] = Array.from({ length: nProducts }, () => []);
  const recentOrders = new Float64Array(nProducts);
  for (let c = 0; c < nCustomers; c++) {
    const mine = new Map<number, [number, number, number]>();
    const times: number[] = [];
    for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) {
      const t = history.basketTime[b]!;
      if (t >= asOf) break;
      times.push(t);
      for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) {
        if (!(history.itemQuantity[i]! > 0)) continue;
        const p = history.itemProduct[i]!;
        basketsOf[p]!.push(b);
        if (t >= recentFrom) recentOrders[p]!++;
        const seen = mine.get(p);
        if (seen) {
          if (seen[0] !== t) seen[1]++;
          seen[0] = t;
        } else mine.set(p, [t, 1, t]);
      }
    }
    for (const [p, [last]] of mine) {
      buyersOf[p]!.push(c);
      if (last >= recentFrom) recentBuyers[p]!++;
    }
    own.push(mine);
    orderTimes.push(Float64Array.from(times));
  }
  const ownStart = new Int32Array(nCustomers + 1);
  own.forEach((m, c) => (ownStart[c + 1] = ownStart[c]! + m.size));
  const ownProduct = new Int32Array(ownStart[nCustomers]!);
  const ownWeight = new Float64Array(ownStart[nCustomers]!);
  const ownFirst = new Float64Array(ownStart[nCustomers]!);
  own.forEach((m, c) => {
    let k = ownStart[c]!;
    for (const [p, [last, , first]] of m) {
      ownProduct[k] = p;
      ownFirst[k] = first;
      ownWeight[k++] = Math.pow(0.5, (asOf - last) / DAY_MS / OWN_HALF_LIFE_DAYS);
    }
  });
  const base = { history, asOf, own, ownStart, ownProduct, ownWeight, ownFirst, orderTimes, buyersOf, recentBuyers, basketsOf, recentOrders, neighbours: { ids: [], sims: [] } };
  return { ...base, neighbours: customerNeighbours(base) };
}

/** Customers with at least one order before the as-of date: the accounts a campaign can rank. */
export function activeCustomers(index: CampaignIndex): number[] {
  const out: number[] = [];
  index.orderTimes.forEach((t, c) => {
    if (t.length > 0) out.push(c);
  });
  return out;
}
