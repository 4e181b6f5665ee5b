// The public face of explanations: why a line is in the proposal, in plain words.

export { purchaseSummary, RECENT_ORDERS, type PurchaseSummary } from './purchaseSummary.js';
export { habitualReason } from './habitualReason.js';
