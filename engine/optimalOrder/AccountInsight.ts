import type { InsightFeedback } from '../feedback/index.js';

/** The format tag and version an account insight is stored under; a reader refuses any other. */
export const ACCOUNT_INSIGHT_FORMAT = 'optimal-order-account-insight/1';

/**
 * What one account's view needs from other customers, stored under that account's sharing (in the
 * org: a child record of the Account), so a rep who cannot see the account cannot read it. It goes
 * with one prepared model: the shared part holds no account id and no per-account row
 * (decisions/0025).
 */
export interface AccountInsight {
  format: typeof ACCOUNT_INSIGHT_FORMAT;
  /** The engine that computed it; a reader ignores an insight of another engine. */
  engineVersion: string;
  /** The customer id (in the org: the Account id). */
  accountId: string;
  /** The `asOf` (ms) of the `PreparedModel` it goes with; a reader ignores an insight of another model. */
  modelAsOf: number;
  /** Product ids (codes, as `PreparedModel.productIds`) ... */
  products: string[];
  /** ... and their neighbour-blended score (what the customer's nearest customers buy), same length. */
  scores: number[];
  /**
   * What reps and the customer did with this account's proposals (`prepare --org` reads the
   * proposal log: `feedbackFromProposals`, trimmed by `insightFeedback`), products as the model's
   * ids; the account view applies it (decisions/0028). Optional: an insight written before it has
   * none, and a reader that predates it ignores it, so the format stays `/1`.
   */
  feedback?: InsightFeedback[];
}
