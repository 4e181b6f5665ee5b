import type { CampaignKind } from './campaignKind.js';
import type { PropensitySettings } from './PropensitySettings.js';

/** Accounts left out of a campaign, as plain data (ids as in the order history). */
export interface CampaignExclusions {
  /** Accounts that opted out of marketing. */
  optedOut?: readonly string[];
  /** When each account was last contacted for a campaign (ms UTC); excluded within `fatigueDays` of as-of. */
  lastContacted?: Readonly<Record<string, number>>;
  /** Days after a campaign contact during which an account is not contacted again. */
  fatigueDays?: number;
  /** Accounts with an open proposal (a rep is already on them). */
  openProposal?: readonly string[];
}

/** What a campaign pushes, to whom, as of when. */
export interface CampaignRequest {
  /** The as-of date (ms UTC): only orders before it are read. */
  asOf: number;
  /** Target product ids: one, several, a group's or a promotion's. Per account the best one is kept. */
  products: readonly string[];
  /** Kinds offered (default: all three). */
  kinds?: readonly CampaignKind[];
  /** Longest list returned (default: every eligible account). */
  top?: number;
  exclusions?: CampaignExclusions;
  settings?: Partial<PropensitySettings>;
}

/** Default fatigue: no account is contacted for two campaigns within a month. */
export const DEFAULT_FATIGUE_DAYS = 30;

/** One account on the list: its best target product, propensity, kind, value and reason (plain data). */
export interface CampaignLine {
  productId: string;
  customerId: string;
  /** Calibrated probability of buying the product within the horizon. */
  propensity: number;
  kind: CampaignKind;
  /** propensity × the value of an order of the product (the account's own for reactivation). */
  expectedValue: number;
  /** The reason in words, in the request's locale. */
  reason: string;
  /** Facts for a message template: the product that suggests it, the cheaper variant, orders in 90 days. */
  becauseProductId?: string;
  cheaperProductId?: string;
  orders90: number;
  /** Reactivation: orders that held the product. */
  productOrders?: number;
}
