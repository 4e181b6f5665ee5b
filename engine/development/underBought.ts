import type { DevelopmentReason } from '../explain/index.js';
import { DAY_MS, type OrderHistory } from '../prep/index.js';
import type { PeerShares } from './PeerShares.js';

/** When a product counts as bought below potential. */
export interface UnderBoughtSettings {
  /** The customer's own share of orders with the product is at most this fraction of its peers'. */
  maxShareOfPeers: number;
}

export const DEFAULT_UNDER_BOUGHT: UnderBoughtSettings = { maxShareOfPeers: 0.5 };

/**
 * Whether customer `c` orders product `p` less often than the customers who buy it regularly:
 * its share of orders containing `p` is at most `maxShareOfPeers` of theirs. Needs `peers.minOrders`
 * orders of the customer, spread over more than one day, to have a rhythm to compare. The reason
 * gives both as days between orders of the product at the customer's own order rhythm ("similar
 * customers order it every ~3 weeks, this customer every ~3 months"). Null when not under-bought.
 */
export function underBought(history: OrderHistory, c: number, p: number, peers: PeerShares, settings: UnderBoughtSettings = DEFAULT_UNDER_BOUGHT): DevelopmentReason | null {
  const lo = history.basketStart[c]!;
  const hi = history.basketStart[c + 1]!;
  const orders = hi - lo;
  const peerShare = peers.of(p);
  if (orders < peers.minOrders || !(peerShare > 0)) return null;
  const span = (history.basketTime[hi - 1]! - history.basketTime[lo]!) / DAY_MS;
  if (span < 1) return null;
  let withProduct = 0;
  for (let b = lo; b < hi; b++) {
    for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) {
      if (history.itemProduct[i] === p) {
        withProduct++;
        break;
      }
    }
  }
  const share = withProduct / orders;
  if (withProduct === 0 || share > settings.maxShareOfPeers * peerShare) return null;
  const interval = span / (orders - 1);
  return { code: 'development', measure: 'frequency', own: Math.round(interval / share), peers: Math.round(interval / peerShare) };
}
