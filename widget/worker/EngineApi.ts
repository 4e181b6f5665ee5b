import type { AccountSummary, ProductSummary, ProposalLog, ProposalLogFilter, ProposalToSave, SavedProposal } from '../../connector/index.js';
import type { OptimalOrderLine, ProposalTextInput, Segment } from '../../engine/index.js';

/** How the worker reaches Salesforce: the Visualforce page's API session, or the demo's fake org. */
export interface Session {
  /** `''` inside Salesforce (the page's own host serves the REST API), the fake org's URL in the demo. */
  instanceUrl: string;
  accessToken: string;
}

/** One line of the proposed order as the widget shows it. */
export interface PageLine extends OptimalOrderLine {
  /** The Salesforce Product2 id, for saving; null if the org no longer knows the product. */
  product2Id: string | null;
  name: string;
  /** Quantity of this product in each of the account's last orders, oldest first (0: not in that order). */
  history: number[];
  /** The unit cost the org keeps for it (`OO_UnitCost__c`), null when none: the margin needs it. */
  unitCost: number | null;
}

/** Everything the account page shows, made in the worker (plain data: it crosses to the page). */
export interface AccountPage {
  account: AccountSummary;
  /** `YYYY-MM-DD`: the day the order is proposed for. */
  asOf: string;
  segment: { code: Segment; reason: string } | null;
  lastOrderDate: string | null;
  /** Mean value of an order day; null without orders. */
  usualOrderValue: number | null;
  orders: number;
  lines: PageLine[];
  /** The account has no order yet: the lines are the must-sell assortment and popular products. */
  newCustomer: boolean;
  /** When the prepared model was fitted (`YYYY-MM-DD`). */
  modelDate: string;
}

/** What the worker does for the page, through comlink. Errors arrive as `Error`s carrying the org's or engine's message. */
export interface EngineApi {
  connect(session: Session): Promise<void>;
  searchAccounts(text: string): Promise<AccountSummary[]>;
  searchProducts(text: string): Promise<ProductSummary[]>;
  openAccount(accountId: string, asOf: string, locale: string): Promise<AccountPage>;
  accept(proposal: ProposalToSave): Promise<SavedProposal>;
  proposalText(input: ProposalTextInput, locale: string, currency: string): Promise<string>;
  proposalLog(filter: ProposalLogFilter): Promise<ProposalLog>;
}
