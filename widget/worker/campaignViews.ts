/** What the Campaigns tab offers to target (plain data: it crosses to the page). */
export interface CampaignChoices {
  /** Products ordered by the org's accounts, by name. */
  products: { id: string; name: string }[];
  /** Product groups with two or more products (the id without its variant letters). */
  groups: { id: string; products: number }[];
  /** The promotions valid on the day (`OO_Promotion__c`). */
  promotions: { name: string; discountPercent: number; validTo: string }[];
  /** Accounts whose orders the ranking reads: every account the manager sees. */
  accounts: number;
}

/** A campaign's target as the manager picked it. */
export type CampaignTargetView = { kind: 'products'; ids: string[] } | { kind: 'group'; id: string } | { kind: 'promotion'; name: string };

/** One account of the ranked list, best first. */
export interface CampaignLineView {
  accountId: string;
  accountName: string;
  productId: string;
  productName: string;
  propensity: number;
  kind: 'cross-sell' | 'up-sell' | 'reactivation';
  expectedValue: number;
  reason: string;
  /** The account's personal e-mail text (escaped values), what the member gets. */
  message: string;
}

/** The ranked campaign: every eligible account, best first (the page cuts it to the list size). */
export interface CampaignView {
  lines: CampaignLineView[];
  /** A key for the Campaign (`OO_CampaignKey__c`): the target and the day. */
  key: string;
  /** A name for the Campaign, in the locale. */
  name: string;
}

/** What creating the campaign did, for the page. */
export interface CampaignCreatedView {
  campaignId: string;
  newCampaign: boolean;
  added: number;
  alreadyMembers: number;
  accountsWithoutContact: { id: string; name: string }[];
  failed: { account: string; contactId: string; message: string }[];
}
