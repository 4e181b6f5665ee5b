import type { OptimalOrder, OptimalOrderLine, ProposalTextInput, Segment, UsualOrder } from '../../engine/index.js';
import type { GuideAnswer, GuideSetup } from './guideViews.js';
import type { CampaignChoices, CampaignCreatedView, CampaignLineView, CampaignTargetView, CampaignView } from './campaignViews.js';
import type { ImpactView, ImpactViewFilter } from './impactView.js';
import type { AcceptedToday, AccountSummary, IgnoredRecord, ProductSummary, ProposalDecision, ProposalLog, ProposalLogFilter, SavedProposal, UnlinkedProduct } from './views.js';

export type * from './views.js';
export type * from './guideViews.js';
export type * from './campaignViews.js';
export type { ImpactView, ImpactViewFilter, ImpactProposalView } from './impactView.js';
export type { ImpactRow, LineFigures, UpliftEstimate } from '../../engine/index.js';

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
  /** The account's usual order and how much of it the proposal covers; null for a new customer. */
  usual: UsualOrder | null;
  /** The client rule's offer (win-back, welcome) for a banner, null when none. */
  offer: NonNullable<OptimalOrder['offer']> | null;
  /** The admin's records the engine refused and left out: "1 rule ignored" for the rep, the details for the admin. */
  ignored: IgnoredRecord[];
  /** Proposed products left out because the org has no Product2 for them. */
  unlinked: UnlinkedProduct[];
  /** Every other product the account ever bought, most often ordered first (`boughtProducts`): "show every product ever bought". */
  otherProducts: PageLine[];
  /** The proposal already accepted for this account on `asOf` (by anyone the user can see): show it, do not make a second. */
  acceptedToday: AcceptedToday | null;
  /**
   * Set when the account is in this period's comparison (control) group (`controlGroup`, the period
   * the month of `asOf`): the page shows no proposal (`lines` and the rest are empty) and says why;
   * `logged` is false when the visit could not be logged (the rep still sees the notice).
   */
  control?: { period: string; logged: boolean };
}

/**
 * What the worker does for the page, through comlink: views in, views out (`views.ts`), never the
 * connector's records. Errors arrive as `RemoteError`s (`errorTransfer`): the org's or engine's
 * message, and the connector's `code` and `details`.
 */
export interface EngineApi {
  connect(session: Session): Promise<void>;
  searchAccounts(text: string): Promise<AccountSummary[]>;
  searchProducts(text: string): Promise<ProductSummary[]>;
  /**
   * The account's page. `onAccount` (a comlink `proxy`) hears the account as soon as the org's first
   * answer names it, before the order is made: the header shows while the lines are proposed.
   */
  openAccount(accountId: string, asOf: string, locale: string, onAccount?: (account: AccountSummary) => void): Promise<AccountPage>;
  /** Saves how the proposal ended (accepted: the Opportunity too); the worker makes the record of the decision. Idempotent by `proposalId`. */
  save(decision: ProposalDecision): Promise<SavedProposal>;
  proposalText(input: ProposalTextInput, locale: string, currency: string): Promise<string>;
  proposalLog(filter: ProposalLogFilter): Promise<ProposalLog>;
  /**
   * The manager view's impact (issue 14) for months and a rep or team: the org's data read once per
   * range of months (`loadImpactData`), the figures and the uplift computed here by the engine.
   */
  impact(filter: ImpactViewFilter, locale: string): Promise<ImpactView>;
  /**
   * Guided selling for the account (issue 15): the org's questionnaire and price book read once per
   * session (one Composite request and the entries' pages) and compiled, the account's familiarity
   * from its orders once per account (opened after its page: its view's lines).
   */
  openGuide(accountId: string, locale: string): Promise<GuideSetup>;
  /** One call per answer (question id → option id, null: skipped): the ranked, explained products, the relaxations, the next question. */
  answerGuide(accountId: string, answers: Readonly<Record<string, string | null>>, locale: string): Promise<GuideAnswer>;
  /**
   * The Campaigns tab (issue 16): what can be targeted on `asOf`. The first call reads every order
   * line the manager sees (`loadAllOrderLines`, once per session): the ranking needs the whole
   * org's purchase history, not one account's view.
   */
  campaignChoices(asOf: string): Promise<CampaignChoices>;
  /** Every eligible account ranked for the target, best first, with reasons and messages (models fitted once per day). */
  rankCampaign(target: CampaignTargetView, asOf: string, locale: string): Promise<CampaignView>;
  /** Creates the Campaign and its members for these lines (a second time adds nobody). */
  createCampaign(campaign: { key: string; name: string; lines: readonly CampaignLineView[] }): Promise<CampaignCreatedView>;
}
