import { lineReason } from './lineReason.js';
import type { PurchaseSummary } from './purchaseSummary.js';
import { renderReason } from './renderReason.js';

/**
 * A line's reason in English, from its purchase summary: "ordered in 5 of the last 6 orders, every
 * ~30 days, last 34 days ago", or "not ordered yet; similar customers order it". The CLI's wording;
 * other languages: `renderReason(lineReason(summary), locale)`.
 */
export function habitualReason(s: PurchaseSummary): string {
  return renderReason(lineReason(s), 'en');
}
