import type { OrderHistory } from '../prep/index.js';

/**
 * Who bought what, for the history blend: per customer its distinct products with the number of
 * its orders holding each (CSR), and per product its buyers. Orders at or after `asOf` are left out.
 */
export interface PurchaseIndex {
  productIndex: Map<string, number>;
  customerIndex: Map<string, number>;
  customerStart: Int32Array;
  customerProduct: Int32Array;
  customerOrders: Int32Array;
  buyerStart: Int32Array;
  buyer: Int32Array;
  /** Customers with at least one order before `asOf`. */
  activeCustomers: number;
}

/** The purchase index of a history, orders before `asOf` only (default: all). */
export function purchaseIndex(history: OrderHistory, asOf = Infinity): PurchaseIndex {
  const nP = history.productIds.length;
  const start = [0];
  const product: number[] = [];
  const orders: number[] = [];
  const buyers: number[][] = Array.from({ length: nP }, () => []);
  let active = 0;
  for (let c = 0; c < history.customerIds.length; c++) {
    const counts = new Map<number, number>();
    for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) {
      if (history.basketTime[b]! >= asOf) break;
      for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) counts.set(history.itemProduct[i]!, (counts.get(history.itemProduct[i]!) ?? 0) + 1);
    }
    if (counts.size > 0) active++;
    for (const [p, n] of [...counts].sort((a, b) => a[0] - b[0])) {
      product.push(p);
      orders.push(n);
      buyers[p]!.push(c);
    }
    start.push(product.length);
  }
  const buyerStart = Int32Array.from([0, ...buyers.map((b) => b.length)]);
  for (let p = 0; p < nP; p++) buyerStart[p + 1]! += buyerStart[p]!;
  return {
    productIndex: history.productIndex,
    customerIndex: history.customerIndex,
    customerStart: Int32Array.from(start),
    customerProduct: Int32Array.from(product),
    customerOrders: Int32Array.from(orders),
    buyerStart,
    buyer: Int32Array.from(buyers.flat()),
    activeCustomers: active,
  };
}

/**
 * How familiar each catalog product is to an account, aligned with `productIds`: `score` (0–1) =
 * 0.6 × its orders of the product relative to its most ordered one + 0.4 × the share of similar
 * customers who bought it relative to the most shared product. Similar customers: the 50 with the
 * highest cosine between their sets of products and the account's; for an account with no order
 * (or none given), everyone. `ownOrders` and `peerShare` are kept for the reason.
 */
export interface Familiarity {
  score: Float64Array;
  ownOrders: Int32Array;
  peerShare: Float64Array;
  /** True when the account has no order: the peers are every customer. */
  peersAreEveryone: boolean;
}

/** Similar customers an account is compared with: enough for a share to mean something, few enough to stay similar. */
export const SIMILAR_CUSTOMERS = 50;
/** The weight of the account's own orders in familiarity (the rest: similar customers'). */
export const OWN_SHARE = 0.6;

/** The familiarity of each of `productIds` to `customerId` (see `Familiarity`). */
export function familiarity(index: PurchaseIndex, customerId: string | null, productIds: readonly string[]): Familiarity {
  const c = customerId === null ? undefined : index.customerIndex.get(customerId);
  const own = new Map<number, number>();
  if (c !== undefined) for (let j = index.customerStart[c]!; j < index.customerStart[c + 1]!; j++) own.set(index.customerProduct[j]!, index.customerOrders[j]!);
  const peers = own.size > 0 ? similarCustomers(index, c!, own) : null;
  const ownOrders = new Int32Array(productIds.length);
  const peerShare = new Float64Array(productIds.length);
  productIds.forEach((id, i) => {
    const p = index.productIndex.get(id);
    if (p === undefined) return;
    ownOrders[i] = own.get(p) ?? 0;
    peerShare[i] = peerShareOf(index, p, peers);
  });
  const maxOwn = Math.max(1, ...ownOrders);
  const maxPeer = Math.max(...peerShare, 1e-9);
  const score = Float64Array.from(ownOrders, (n, i) => (own.size > 0 ? OWN_SHARE * (n / maxOwn) + (1 - OWN_SHARE) * (peerShare[i]! / maxPeer) : peerShare[i]! / maxPeer));
  return { score, ownOrders, peerShare, peersAreEveryone: peers === null };
}

/** The `SIMILAR_CUSTOMERS` customers nearest `c` by cosine over sets of products bought. */
function similarCustomers(index: PurchaseIndex, c: number, own: Map<number, number>): Set<number> {
  const overlap = new Map<number, number>();
  for (const p of own.keys()) {
    for (let j = index.buyerStart[p]!; j < index.buyerStart[p + 1]!; j++) {
      const o = index.buyer[j]!;
      if (o !== c) overlap.set(o, (overlap.get(o) ?? 0) + 1);
    }
  }
  const size = (o: number) => index.customerStart[o + 1]! - index.customerStart[o]!;
  const ranked = [...overlap].map(([o, n]) => [o, n / Math.sqrt(size(o) * own.size)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return new Set(ranked.slice(0, SIMILAR_CUSTOMERS).map(([o]) => o));
}

/** Share of the peers (everyone when null) who bought product `p`. */
function peerShareOf(index: PurchaseIndex, p: number, peers: Set<number> | null): number {
  const lo = index.buyerStart[p]!;
  const hi = index.buyerStart[p + 1]!;
  if (peers === null) return index.activeCustomers > 0 ? (hi - lo) / index.activeCustomers : 0;
  if (peers.size === 0) return 0;
  let n = 0;
  for (let j = lo; j < hi; j++) if (peers.has(index.buyer[j]!)) n++;
  return n / peers.size;
}
