// The public face of feedback: what reps did with proposals shapes the next ones.

export type { FeedbackRecord, FeedbackAction, RejectionReason } from './FeedbackRecord.js';
export { DEFAULT_FEEDBACK_SETTINGS, type FeedbackSettings } from './FeedbackSettings.js';
export { FeedbackIndex, type Outcome } from './FeedbackIndex.js';
export { outcomeAfter } from './outcomeAfter.js';
export { applyFeedback, type FeedbackLine } from './applyFeedback.js';
export { parseFeedback } from './parseFeedback.js';
export { replayFeedback, addMonths, type ReplayMonth, type ReplayOptions, type ReplayScores } from './replayFeedback.js';
export { feedbackFromProposals, type LoggedProposalForFeedback, type LoggedLine, type LoggedStatus } from './feedbackFromProposals.js';
export { insightFeedback, MAX_INSIGHT_FEEDBACK, type InsightFeedback } from './insightFeedback.js';
