// The worker API's view types: all the widget's components know of accounts, products, proposals
// and the log. Plain data (they cross the worker boundary by structured clone); the worker maps the
// connector's records to them and builds the record to save from `ProposalDecision`.
import type { OptimalOrderLine } from '../../engine/index.js';

/** An account as the widget shows it. */
export interface AccountSummary {
  id: string;
  name: string;
  accountNumber: string | null;
  country: string | null;
}

/** A product the rep can add to an order: its active entry in the standard price book. */
export interface ProductSummary {
  /** The Product2 id. */
  id: string;
  /** The engine's product id: the product code, or the Product2 id when it has none. */
  productId: string;
  name: string;
  pricebookEntryId: string;
  listPrice: number;
  /** The unit cost the org keeps for it, null when none. */
  unitCost: number | null;
}

/** How a proposal ended: `accepted` writes an Opportunity; `declined` (with a reason), `not-reached` and `call-back` are logged only. */
export type ProposalStatus = 'accepted' | 'declined' | 'not-reached' | 'call-back';

/** A record of the admin's the engine refused, left out of the proposal: the rep is told how many, the admin what to fix. */
export interface IgnoredRecord {
  kind: 'rule' | 'promotion' | 'setting';
  /** The rule's label, the promotion's name, `Default` for the engine settings. */
  name: string;
  /** The field to fix: `OO_DiscountPercent__c`, `OO_Definition__c › weight`. */
  field: string;
  /** What is wrong (English, the engine's words). */
  problem: string;
  /** Where the admin fixes it (English, Setup's path). */
  where: string;
}

/** The proposal already accepted for the account on the page's day: shown instead of making a second one. */
export interface AcceptedToday {
  proposalId: string;
  /** ISO date-time. */
  acceptedAt: string;
  /** The name is empty when the user cannot read that user. */
  acceptedBy: { id: string; name: string };
  opportunityId: string | null;
  acceptedValue: number;
}

/** A proposed product left out because the org has no Product2 for it. */
export interface UnlinkedProduct {
  productId: string;
  name: string;
}

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

/** What saving wrote, or found already written by an earlier attempt. */
export interface SavedProposal {
  proposalRecordId: string;
  /** The Opportunity, null unless accepted. */
  opportunityId: string | null;
  /** False when it had been saved before (a retry): nothing was written. */
  created: boolean;
}

/** Which logged proposals a manager looks at: all optional; days `YYYY-MM-DD`, inclusive. */
export interface ProposalLogFilter {
  accountId?: string;
  repId?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** One logged proposal, as managers review it. */
export interface LoggedProposal {
  id: string;
  createdDate: string;
  account: { id: string; name: string };
  rep: { id: string | null; name: string };
  status: ProposalStatus;
  segment: string | null;
  proposedValue: number;
  acceptedValue: number;
  opportunityId: string | null;
  rejectionReason: string | null;
}

/** The proposal log under a filter: proposals newest first, how many ended in each status (all of them), the reasons for removed lines. */
export interface ProposalLog {
  proposals: LoggedProposal[];
  byStatus: Record<ProposalStatus, number>;
  rejectionReasons: { reason: string; lines: number }[];
}
