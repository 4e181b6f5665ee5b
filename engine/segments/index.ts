// The public face of segmentation: each customer against its own rhythm, and the win-back list.

// Types
export type { Segment, CustomerSegment } from './Segment.js';
export { SEGMENTS } from './Segment.js';
export type { SegmentSettings } from './SegmentSettings.js';
export { DEFAULT_SEGMENT_SETTINGS } from './SegmentSettings.js';

// Segmenting
export type { CustomerRhythm } from './customerRhythm.js';
export { customerRhythm } from './customerRhythm.js';
export { allowanceDays, segmentOf } from './segmentOf.js';
export { segmentCustomers } from './segmentCustomers.js';
export { segmentReturnRates, type SegmentReturnRate } from './segmentReturnRates.js';

// Win-back
export { valueAtStake } from './valueAtStake.js';
export type { WinBackEntry } from './winBackList.js';
export { winBackList } from './winBackList.js';
