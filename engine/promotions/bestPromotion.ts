import { productGroup } from '../catalog/index.js';
import { formatDate } from '../prep/index.js';
import type { Segment } from '../segments/index.js';
import type { Promotion } from './Promotion.js';

/** A line as promotions see it: a product and how many units. */
export interface PromotionLine {
  productId: string;
  quantity: number;
}

/**
 * The promotion that applies to a line on a day, or null: the product is listed (or its
 * `productGroup` is the promotion's group), the day is within `validFrom..validTo` inclusive
 * (never an expired or not-yet-valid one), the segment is eligible (all when none are listed) and
 * the quantity reaches `minQuantity` (default 1). Of several, the largest discount; ties go to
 * the name first in alphabetical order, so the choice never depends on the file's order.
 * `date` is UTC milliseconds (like `asOf`); an invalid date matches nothing.
 */
export function bestPromotion(line: PromotionLine, segment: Segment, date: number, promotions: readonly Promotion[]): Promotion | null {
  const day = Number.isFinite(date) ? formatDate(date) : null;
  if (day === null) return null;
  let best: Promotion | null = null;
  for (const p of promotions) {
    if (line.quantity >= (p.minQuantity ?? 1) && promotionCovers(p, line.productId, segment, day) && better(p, best)) best = p;
  }
  return best;
}

/** Whether `p` covers the product for the segment on `day` (`YYYY-MM-DD`), whatever the quantity. */
export function promotionCovers(p: Promotion, productId: string, segment: Segment, day: string): boolean {
  return (
    p.validFrom <= day &&
    day <= p.validTo &&
    (p.segments === undefined || p.segments.includes(segment)) &&
    (p.group !== undefined ? productGroup(productId) === p.group : (p.productIds?.includes(productId) ?? false))
  );
}

/** Whether `p` beats `best`: a larger discount, or the same and a name earlier in the alphabet. */
export function better(p: Promotion, best: Promotion | null): boolean {
  return best === null || p.discountPercent > best.discountPercent || (p.discountPercent === best.discountPercent && p.name < best.name);
}
