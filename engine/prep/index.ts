// The public face of data preparation: order lines in, an `OrderHistory` out.

// Types
export type { OrderLine } from './OrderLine.js';
export type { OrderHistory } from './OrderHistory.js';
export { customerCount, basketCountOf } from './OrderHistory.js';

// Building and slicing histories
export { HistoryBuilder } from './HistoryBuilder.js';
export { sliceHistory } from './sliceHistory.js';

// Dates
export { DAY_MS, parseDateTime, formatDate } from './time.js';
