// The public face of evaluation: a next-basket split, per-customer metrics, and the runner.

// Splitting
export { nextBasketSplit } from './nextBasketSplit.js';
export type { NextBasketSplit, Target } from './nextBasketSplit.js';

// Metrics (one customer each; the runner averages them)
export { recallAtK, hitsAtK } from './recallAtK.js';
export { ndcgAtK } from './ndcgAtK.js';
export { repeatExplore } from './repeatExplore.js';
export type { RepeatExplore } from './repeatExplore.js';
export { quantityWape } from './quantityWape.js';
export type { QuantityHit } from './quantityWape.js';

// Running models
export { evaluateModel } from './evaluateModel.js';
export type { EvaluationRow, EvaluationProgress } from './evaluateModel.js';
export { evaluateModels } from './evaluateModels.js';

// Range extension and whole proposals
export { calibrationBuckets, CALIBRATION_EDGES, type CalibrationBucket } from './calibrationBuckets.js';
export { evaluateExtension, type ExtensionEvaluation, type ExtensionRow } from './evaluateExtension.js';
export { evaluateProposals, type ProposalEvaluation } from './evaluateProposals.js';

// Whole orders (the proposal as a set against the next order)
export { orderScore, type OrderScore } from './orderScore.js';
export { evaluateWholeOrders, type WholeOrderRow } from './evaluateWholeOrders.js';
