// The public face of segmentation.

export type { Segment, CustomerSegment } from './Segment.js';
export { SEGMENTS } from './Segment.js';
