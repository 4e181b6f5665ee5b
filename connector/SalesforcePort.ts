import type { ImpactData, ImpactFilter } from './ImpactData.js';
import type { AccountInsight, BusinessRules, Promotion } from '../engine/index.js';
import type { IgnoredRecord } from './IgnoredRecord.js';
import type { GuideData } from './loadGuideData.js';
import type { CampaignToCreate, CreatedCampaign } from './CampaignToCreate.js';
import type { OutcomesOptions, OutcomesRun } from './outcomesStep.js';

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

/** One order line of an account's history, as the engine reads it. */
export interface OrderLineRecord {
  orderId: string;
  orderNumber: string | null;
  /** `YYYY-MM-DD`. */
  orderDate: string;
  /** The Product2 id; empty when the line has none. */
  productId: string;
  productCode: string | null;
  productName: string;
  quantity: number;
  unitPrice: number | null;
}

/** The admin's settings, validated by the engine's parsers. */
export interface RulesAndPromotions {
  rules: BusinessRules;
  /** Only the promotions valid on the day asked. */
  promotions: Promotion[];
  /** The engine settings' horizon in days (`OO_EngineSetting__mdt.Default`), when set: what a novelty's probability refers to. */
  horizonDays?: number;
  /** Records the engine refused, left out of `rules` and `promotions`: what the admin fixes (empty when all are good). */
  ignored: IgnoredRecord[];
}

/** An order line of any account: what fitting the engine on the whole org reads. */
export interface OrgOrderLine extends OrderLineRecord {
  accountId: string;
}

/** An account and every order line it has. */
export interface AccountHistory {
  account: AccountSummary;
  lines: OrderLineRecord[];
}

/** The latest prepared model stored in the org. */
export interface StoredModel {
  /** The ContentVersion id: a reader that has this version already need not download it again. */
  versionId: string;
  /** When it was stored (ISO date-time). */
  createdDate: string;
  /** Its text (`encodePreparedModel`), or null when the caller said it has this version. */
  text: string | null;
}

/** All a page view reads: the account, its order lines, the admin's settings and the prepared model. */
export interface AccountView extends AccountHistory, RulesAndPromotions {
  /**
   * The latest version of the pinned model document (`OO_EngineSetting__mdt.Default`
   * `OO_ModelDocumentId__c`), when it was uploaded by the integration user (`OO_IntegrationUserId__c`);
   * null otherwise, and `modelProblem` says why, for the admin.
   */
  model: StoredModel | null;
  /** The proposal already accepted for this account on `asOf`, by anyone (visible to the user), else null: show it rather than make a second one. */
  acceptedToday: AcceptedProposal | null;
  /** Why there is no model (nothing pinned, not visible, uploaded by someone else); absent with a model. */
  modelProblem?: string;
  /**
   * What the account's view needs from other customers (`OO_AccountInsight__c`, a master-detail child
   * of the account, so only who sees the account reads it); null when there is none, or when the
   * engine refused its text (then listed in `ignored`). `orderFromAccountView` passes it to the engine.
   */
  insight: AccountInsight | null;
  /** The engine settings' control share (`OO_ControlShare__c`, 0 to 1; 0: off): the worker draws the account's group with it. */
  controlShare: number;
}

/** Where `saveModel` stored the model: the new version, its document, and who stored it. */
export interface SavedModel {
  /** The new ContentVersion id. */
  versionId: string;
  /** The ContentDocument: the pinned one, or the one just created (the admin pins it). */
  documentId: string;
  /** True when no document was pinned and a new one was created in the model library. */
  newDocument: boolean;
  /** The running user (from `/services/oauth2/userinfo`): the integration user to configure. */
  userId: string;
}

/** An account insight Salesforce did not write: the account, the field it names, and why. */
export interface InsightFailure {
  accountId: string;
  field: string;
  errorCode: string;
  message: string;
}

/** What `saveInsights` wrote: records created and updated, and every one refused. */
export interface SavedInsights {
  created: number;
  updated: number;
  failed: InsightFailure[];
}

/** Which logged proposals a manager looks at: all filters optional. */
export interface ProposalLogFilter {
  accountId?: string;
  /** The rep who made them (a User id). */
  repId?: string;
  /** `YYYY-MM-DD`, inclusive, UTC days. */
  from?: string;
  to?: string;
  /** Most proposals returned, newest first (default 200). */
  limit?: number;
}

/**
 * How a proposal ended: `accepted` (an Opportunity is written), `declined` by the customer (with a
 * reason), `not-reached` (nobody to talk to), `call-back` (the customer asked to be called later).
 * Every one is logged; only `accepted` writes an Opportunity.
 */
export type ProposalStatus = 'accepted' | 'declined' | 'not-reached' | 'call-back';

/** Every status, in the order the picklist `OO_Status__c` lists them. */
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = ['accepted', 'declined', 'not-reached', 'call-back'];

/**
 * The status of a visit to an account in the period's comparison (control) group: no proposal was
 * shown. A value of the picklist `OO_Status__c` besides the four, never a `ProposalStatus`: the
 * proposal log (`loadProposalLog`) leaves these visits out, impact counts them apart.
 */
export const CONTROL_STATUS = 'control';

/** A visit to an account of the period's comparison group, to log (once per account and day). */
export interface ControlVisit {
  accountId: string;
  /** `YYYY-MM-DD`: the page's day. */
  day: string;
  engineVersion: string;
}

/** The proposal accepted for an account on a day (at most one: `OO_AcceptedKey__c` is unique), as the account view shows it. */
export interface AcceptedProposal {
  /** The proposal log record. */
  id: string;
  /** The widget's proposal id (`OO_ExternalId__c`). */
  proposalId: string;
  /** ISO date-time it was accepted. */
  acceptedAt: string;
  /** Who accepted it; the name is empty when the user cannot read that user. */
  acceptedBy: { id: string; name: string };
  opportunityId: string | null;
  acceptedValue: number;
}

/** One logged proposal, as managers review it. */
export interface LoggedProposal {
  id: string;
  /** ISO date-time it was logged. */
  createdDate: string;
  account: { id: string; name: string };
  rep: { id: string | null; name: string };
  /** A log written before the statuses were four says `rejected`: read as `declined`. */
  status: ProposalStatus;
  segment: string | null;
  proposedValue: number;
  acceptedValue: number;
  opportunityId: string | null;
  rejectionReason: string | null;
}

/** The proposal log under a filter: the proposals, and the reasons reps gave for the lines they removed, most given first. */
export interface ProposalLog {
  proposals: LoggedProposal[];
  /** How many proposals under the filter ended in each status (all of them, not only the ones listed). */
  byStatus: Record<ProposalStatus, number>;
  rejectionReasons: { reason: string; lines: number }[];
}

/** What the rep did with one proposed line. */
export type LineOutcome = 'accepted' | 'edited' | 'rejected';

/** One line of a proposal to save: what was proposed, what the rep kept, and why. */
export interface ProposalLineToSave {
  /** The Product2 id. */
  productId: string;
  kind: 'habitual' | 'development' | 'extension';
  outcome: LineOutcome;
  proposedQuantity: number;
  /** The quantity the rep accepted (the proposed one unless edited). */
  quantity: number;
  proposedPrice: number;
  price: number;
  probability: number;
  reason: string;
  priceSteps: readonly string[];
  /** With `rejected`: not-needed, too-expensive, out-of-season, other. */
  rejectionReason?: string;
}

/** A proposal the rep accepted (written as an Opportunity with line items, and logged), or ended otherwise (logged only). */
export interface ProposalToSave {
  /** Made once per proposal by the widget (a UUID): a retry with the same id never writes twice. */
  proposalId: string;
  accountId: string;
  /** The price book of the line items; the org's standard one when absent. */
  pricebookId?: string;
  status: ProposalStatus;
  segment: string;
  engineVersion: string;
  /**
   * The day the proposal is made, `YYYY-MM-DD`. The Opportunity's name (with the account's name),
   * stage and close date (this day plus an offset) come from the engine settings
   * (`OO_EngineSetting__mdt.Default`), with defaults when empty.
   */
  day: string;
  /** Why, as the rep said: required when `declined`; a note (when to call back) otherwise. */
  rejectionReason?: string;
  lines: readonly ProposalLineToSave[];
}

/** What saving wrote, or found already written by an earlier attempt. */
export interface SavedProposal {
  proposalRecordId: string;
  /** The Opportunity, null unless accepted. */
  opportunityId: string | null;
  /** False when the proposal had been saved before (a retry): nothing was written this time. */
  created: boolean;
}

/**
 * Everything the product asks of Salesforce, typed: no SOQL, no jsforce outside `connector/`.
 * Every call runs as the user: the REST API applies the session's permissions and sharing.
 */
export interface SalesforcePort {
  /** Accounts whose name or account number contains `text`, at most `limit`. */
  searchAccounts(text: string, limit?: number): Promise<AccountSummary[]>;
  /** Active products of the standard price book whose name or code contains `text`, at most `limit`, by name. */
  searchProducts(text: string, limit?: number): Promise<ProductSummary[]>;
  /**
   * Every order line of every account the user can see, oldest first: for fitting the engine on the
   * whole org. Counted first; up to `BULK_QUERY_THRESHOLD` lines by REST pages, beyond by a Bulk API 2.0 query.
   */
  loadAllOrderLines(onPage?: (linesSoFar: number, total: number) => void): Promise<OrgOrderLine[]>;
  /**
   * The active business rules (custom metadata `OO_BusinessRule__mdt`) and the promotions valid on
   * `asOf` (`OO_Promotion__c`), in one request; a record the engine refuses is left out and listed
   * in `ignored`, naming it, the field and why.
   */
  loadRulesAndPromotions(asOf: string): Promise<RulesAndPromotions>;
  /**
   * Everything one account view needs in ⌈lines / 2000⌉ + 1 requests: one Composite request
   * (5 queries and one record read, within Salesforce's limits) reads the engine settings, the
   * account, the first page of its order lines, rules, promotions valid on `asOf` and the pinned
   * model's latest version; the other pages follow, then the model's text unless its version is
   * `knownModelVersionId`.
   */
  loadAccountView(accountId: string, asOf: string, knownModelVersionId?: string): Promise<AccountView>;
  /**
   * Stores a prepared model's text as the newest version of the pinned model document, which the
   * running user must own (else nothing is written); with none pinned, as a new document published
   * into the model library (`OO_ModelLibraryId__c`). Never finds a file by its title.
   */
  saveModel(text: string, description: string): Promise<SavedModel>;
  /**
   * Writes each account's insight (`OO_AccountInsight__c`, one per account by its unique key
   * `OO_AccountKey__c`, the account's 18-character id) with Bulk API 2.0 upserts; `onJob` is told
   * after each job how many were written. Rows the org refuses are in `failed`, by account and field.
   */
  saveInsights(insights: Iterable<AccountInsight>, onJob?: (written: number) => void): Promise<SavedInsights>;
  /**
   * Guided selling's data (issue 15): the questionnaire's custom metadata records and the active
   * products of the standard price book with the Product2 fields the `OO_ProductAttribute__mdt`
   * records map (each checked against Product2's describe first; an unknown one is ignored, named).
   * One Composite request, then one request per 2,000 price book entries.
   */
  loadGuideData(): Promise<GuideData>;
  /** The logged proposals under a filter, and the reasons for removed lines, in one request. */
  loadProposalLog(filter?: ProposalLogFilter): Promise<ProposalLog>;
  /**
   * Logs a visit to an account of the period's comparison group (status `control`, no lines, no
   * Opportunity): one record per account and day, found by its key before writing, so a second
   * view that day writes nothing (`created: false`).
   */
  logControlVisit(visit: ControlVisit): Promise<SavedProposal>;
  /**
   * What the manager view's impact needs for the months of `filter` (issue 14): the proposals logged
   * (comparison-group visits too) with their lines and outcomes, each account's revenue per month
   * from six months before, and the control share; under the user's sharing. ⌈(5 + months) / 5⌉
   * Composite requests, and a page more per 2,000 proposals or lines.
   */
  loadImpactData(filter: ImpactFilter): Promise<ImpactData>;
  /**
   * The nightly outcome step (issue 14): the proposal log of the last year with its lines (paged),
   * the logged accounts' orders since the oldest proposal (or `options.orderLines`), matched with
   * `matchOutcomes` over the horizon, and only the changed outcome fields written (sObject
   * Collections in Composite requests; Bulk API 2.0 above `OUTCOME_BULK_THRESHOLD` records): a
   * second run over the same orders sends no write. Returns the log with its outcomes for feedback.
   */
  updateOutcomes(options: OutcomesOptions): Promise<OutcomesRun>;
  /** The unit cost (`OO_UnitCost__c`) of each of these Product2 ids that has one, in one request. */
  productCosts(product2Ids: readonly string[]): Promise<Map<string, number>>;
  /**
   * Saves a proposal atomically (one Composite request, all or none); idempotent by `proposalId`.
   * Before it, one Composite read (an earlier save, the settings, the account, the price book and
   * its entries) and, once per connector, the Opportunity's describe (multi-currency or not).
   */
  saveProposal(proposal: ProposalToSave): Promise<SavedProposal>;
  /**
   * Creates a campaign (issue 16): the Campaign with `campaign.key` (found, else created) and a
   * member per contact of each account (the primary one, or all: `OO_CampaignContacts__c`) with its
   * propensity, expected value, kind and message; contacts already members are left alone, so a
   * second run adds nobody. Members in Composite requests of 5 collections of 200, or one Bulk API
   * job for very long lists. Accounts with no contact and members refused are reported.
   */
  createCampaign(campaign: CampaignToCreate): Promise<CreatedCampaign>;
  /** The names of these accounts the user can see, by 18-character id (queries of 200 ids, 5 per Composite request). */
  loadAccountNames(accountIds: readonly string[]): Promise<Map<string, string>>;
}
