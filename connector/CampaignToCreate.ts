/** Why an account is on a campaign's list (the engine's campaign kinds, the picklist `OO_Kind__c`). */
export type CampaignMemberKind = 'cross-sell' | 'up-sell' | 'reactivation';

/** Which contacts of each account a campaign adds (`OO_EngineSetting__mdt.Default` `OO_CampaignContacts__c`). */
export type CampaignContacts = 'Primary' | 'All';

/** One account of a campaign's list: what the engine said about it. */
export interface CampaignAccount {
  accountId: string;
  /** The product offered (the engine's product id: product code, or Product2 id when it has none). */
  productId: string;
  /** Calibrated probability, 0 to 1. */
  propensity: number;
  expectedValue: number;
  kind: CampaignMemberKind;
  /** The personal message (or the reason in words). */
  message: string;
}

/** A campaign to create in the org, with its accounts best first. */
export interface CampaignToCreate {
  /**
   * The campaign's key (`OO_CampaignKey__c`, at most 60 characters): the same key finds the same
   * Campaign, and its members are keyed by it (`<key>-<18-character contact id>`), so a second run
   * adds nobody twice.
   */
  key: string;
  /** The Campaign's name (at most 80 characters). */
  name: string;
  description?: string;
  accounts: readonly CampaignAccount[];
}

/** A member Salesforce did not write: its account, contact, the field it names, and why. */
export interface CampaignMemberFailure {
  accountId: string;
  contactId: string;
  field: string;
  errorCode: string;
  message: string;
}

/** What `createCampaign` did. */
export interface CreatedCampaign {
  campaignId: string;
  /** False when the Campaign with this key existed already (a second run). */
  newCampaign: boolean;
  /** Which contacts were added (the setting read). */
  contacts: CampaignContacts;
  /** Members written by this run. */
  added: number;
  /** Contacts already members of the campaign (an earlier run, or added by hand): left as they are. */
  alreadyMembers: number;
  /** Accounts with no contact the user can see: nobody to add, reported rather than dropped. */
  accountsWithoutContact: string[];
  failed: CampaignMemberFailure[];
}
