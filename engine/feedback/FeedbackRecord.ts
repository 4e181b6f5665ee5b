/** What the rep did with one proposed line. */
export type FeedbackAction = 'accepted' | 'edited' | 'rejected';

/** Why a rep removed a line (the widget's choices). */
export type RejectionReason = 'not-needed' | 'too-expensive' | 'out-of-season' | 'other';

/**
 * One line of feedback: a proposed product and what became of it. Written when a proposal is
 * accepted (in Salesforce: the proposal log's lines); read back to shape later proposals.
 */
export interface FeedbackRecord {
  customerId: string;
  productId: string;
  /** When the proposal was decided on, UTC milliseconds. */
  time: number;
  action: FeedbackAction;
  /** The line's kind when proposed. */
  kind: 'habitual' | 'development' | 'extension';
  /** The quantity proposed, and the one accepted (equal unless edited; absent when rejected). */
  proposedQuantity: number;
  acceptedQuantity?: number;
  rejectionReason?: RejectionReason;
}
