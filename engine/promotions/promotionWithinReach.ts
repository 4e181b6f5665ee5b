import { formatDate } from '../prep/index.js';
import type { Segment } from '../segments/index.js';
import { better, bestPromotion, promotionCovers, type PromotionLine } from './bestPromotion.js';
import type { Promotion } from './Promotion.js';

/** A promotion the line would get by ordering more, and what to tell the rep. */
export interface PromotionOffer {
  promotion: Promotion;
  /** The quantity that makes it apply: the promotion's `minQuantity`. */
  quantity: number;
  /** e.g. `order 24 instead of 12 to get "Lantern autumn" (-15 %)`. */
  reason: string;
}

/**
 * A proposal asking a customer for more than twice its usual quantity reads as a sales push,
 * not as advice; beyond that the offer is not made.
 */
export const MAX_QUANTITY_FACTOR = 2;

/**
 * The promotion that raising the line's quantity to its `minQuantity` would bring, when it beats
 * what the line already gets (a larger discount than its `bestPromotion`, or none), and the raise
 * is at most `maxFactor` times the quantity. The best such promotion; null when there is none.
 * Same matching as `bestPromotion` otherwise: covered product or group, valid day, eligible segment.
 */
export function promotionWithinReach(
  line: PromotionLine,
  segment: Segment,
  date: number,
  promotions: readonly Promotion[],
  maxFactor = MAX_QUANTITY_FACTOR,
): PromotionOffer | null {
  if (!Number.isFinite(date) || !(line.quantity > 0)) return null;
  const day = formatDate(date);
  const current = bestPromotion(line, segment, date, promotions);
  let best: Promotion | null = null;
  for (const p of promotions) {
    const min = p.minQuantity ?? 1;
    if (min <= line.quantity || min > line.quantity * maxFactor) continue;
    if (current !== null && p.discountPercent <= current.discountPercent) continue;
    if (promotionCovers(p, line.productId, segment, day) && better(p, best)) best = p;
  }
  if (best === null) return null;
  const quantity = best.minQuantity!;
  return { promotion: best, quantity, reason: `order ${quantity} instead of ${line.quantity} to get "${best.name}" (-${formatPercent(best.discountPercent)} %)` };
}

/** A percent as written by an admin: 15 → "15", 12.5 → "12.5". */
function formatPercent(p: number): string {
  return String(Math.round(p * 100) / 100);
}
