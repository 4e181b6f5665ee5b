// The public face of explanations: why a line, a segment and a price are what they are, as data
// (`Reason`, `SegmentReason`, `PriceStep`) and rendered in the rep's language.

// Facts
export { purchaseSummary, RECENT_ORDERS, type PurchaseSummary } from './purchaseSummary.js';

// Line reasons
export type { Reason, HabitualReason, NeverOrderedReason, CrossSellReason, PremiumVariantReason, MustSellReason, PriorityReason, DevelopmentReason } from './Reason.js';
export { lineReason } from './lineReason.js';
export { renderReason, renderReasons } from './renderReason.js';

// Segments
export type { SegmentReason } from './SegmentReason.js';
export { renderSegmentReason } from './renderSegmentReason.js';
export { segmentLabel } from './segmentLabel.js';
export { sectionLabel } from './sectionLabel.js';

// Prices
export type { PriceStep, MedianStep, AdjustStep, FloorStep, CeilingStep, PromotionStep } from './PriceStep.js';
export { renderPriceStep, renderPriceSteps, type PriceStepOptions } from './renderPriceStep.js';
