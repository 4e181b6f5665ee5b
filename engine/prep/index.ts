// The public face of data preparation: order lines in, an `OrderHistory` out.

// Types
export type { OrderLine } from './OrderLine.js';
export type { OrderHistory } from './OrderHistory.js';
export { customerCount, basketCountOf } from './OrderHistory.js';

// Building and slicing histories
export { HistoryBuilder } from './HistoryBuilder.js';
export { sliceHistory } from './sliceHistory.js';
export { lastPurchases } from './lastPurchases.js';
export { customerLines } from './customerLines.js';
export { firstBasketFrom } from './firstBasketFrom.js';
export { markBasket } from './markBasket.js';
export { netCancellations } from './netCancellations.js';
export { netLines, type NettableLine } from './netLines.js';
export type { CancelledLine, CancellationReport } from './CancelledLine.js';
export { GrowableArray } from './GrowableArray.js';

// Loading order files: presets interpret rows, the loader counts them and builds the history
export type { OrderPreset, RowInterpreter, RowKind } from './OrderPreset.js';
export type { LoadReport, ExcludedCounts } from './LoadReport.js';
export { OrderLoader, type OrderLoaderOptions } from './OrderLoader.js';
export { FieldReader } from './FieldReader.js';
export { isBlank } from './isBlank.js';
export { canonicalPreset } from './canonicalPreset.js';
export { onlineRetailPreset, NON_PRODUCT_CODES, isNonProductCode, normaliseCustomerId } from './onlineRetailPreset.js';
export { orderPresets, getOrderPreset } from './orderPresets.js';
export type { PresetName } from './orderPresets.js';
export { formatLoadReport } from './formatLoadReport.js';
export { quoteText, QUOTED_MAX_CHARS } from './quoteText.js';
export { MAX_ORDER_NUMBER } from './FieldReader.js';

// Numbers and dates
export { parseDecimal } from './parseDecimal.js';
export { DAY_MS, parseDateTime, formatDate } from './time.js';
