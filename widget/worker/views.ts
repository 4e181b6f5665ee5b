// The worker API's view types: all the widget's components know of accounts, products, proposals
// and the log. Plain data (they cross the worker boundary by structured clone); the worker maps the
// connector's records to them and builds the record to save from `ProposalDecision`.
import type { OptimalOrderLine } from '../../engine/index.js';
import type { AcceptedProposal, ProposalStatus } from '../../connector/index.js';

// Records that reach the page as the connector gives them: one definition each, re-exported here, so
// components still see only the worker API's types.
export type { AccountSummary, IgnoredRecord, LoggedProposal, ProductSummary, ProposalLog, ProposalLogFilter, ProposalStatus, SavedProposal, UnlinkedProduct } from '../../connector/index.js';

/** The proposal already accepted for the account on the page's day: shown instead of making a second one. */
export type AcceptedToday = Omit<AcceptedProposal, 'id'>;

/** One line as the widget sends it back to be saved (a draft line fits it: extra fields are ignored). */
export interface DecisionLine {
  /** Lines without one are not saved (the org knows no such product). */
  product2Id: string | null;
  kind: OptimalOrderLine['kind'];
  proposedQuantity: number;
  quantity: number;
  proposedPrice: number;
  price: number;
  probability: number;
  reason: string;
  priceQuote: { readonly steps: readonly string[] } | null;
  /** Why the rep removed the line (not-needed, too-expensive, out-of-season, other); null when kept. */
  removed: string | null;
}

/** How the rep ended a proposal, as the widget sends it: the worker makes the record to save of it. */
export interface ProposalDecision {
  /** Made once per proposal by the widget: a retry with it never writes twice. */
  proposalId: string;
  accountId: string;
  /** The page's day (`AccountPage.asOf`): the Opportunity's name and close date follow from it. */
  asOf: string;
  /** The page's segment code (`new` without one). */
  segment: string;
  status: ProposalStatus;
  /** Required with `declined`: the customer's reason. A note otherwise. */
  reason?: string;
  lines: readonly DecisionLine[];
}
