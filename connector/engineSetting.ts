import { soql } from './soql.js';
import type { EngineSettingRecord } from './rulesFromRecords.js';

/** What the connector takes from the engine settings (`OO_EngineSetting__mdt.Default`), defaults filled in. */
export interface EngineSetting {
  /** The org's currency for Opportunities when the account has none (`OO_Currency__c`). */
  currency: string | null;
  /** The prepared model's ContentDocument, pinned by the admin. */
  modelDocumentId: string | null;
  /** The user whose versions of the model are read (the one that runs `prepare`). */
  integrationUserId: string | null;
  /** The library (ContentWorkspace) a new model document is published into. */
  modelLibraryId: string | null;
  opportunityStage: string;
  closeDateDays: number;
  /** The Opportunity's name, with `{account}` and `{date}`. */
  opportunityName: string;
}

/** What an empty setting means: the package's Default record holds the same values. */
export const SETTING_DEFAULTS = { opportunityStage: 'Prospecting', closeDateDays: 30, opportunityName: '{account} – Optimal Order {date}' } as const;

/** The engine settings record (its fields: the package's `OO_EngineSetting__mdt`). */
export const engineSettingQuery = soql`SELECT OO_Currency__c, OO_MinProbability__c, OO_MinExpectedValue__c, OO_MaxNovelties__c, OO_HorizonDays__c, OO_ModelDocumentId__c, OO_IntegrationUserId__c, OO_ModelLibraryId__c, OO_OpportunityStage__c, OO_CloseDateDays__c, OO_OpportunityName__c FROM OO_EngineSetting__mdt WHERE DeveloperName = 'Default' LIMIT 1`;

/** The settings from the record (none: all defaults); blank texts count as empty. */
export function engineSettingFrom(record: EngineSettingRecord | undefined): EngineSetting {
  const text = (v: string | null | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const days = record?.OO_CloseDateDays__c;
  return {
    currency: text(record?.OO_Currency__c),
    modelDocumentId: text(record?.OO_ModelDocumentId__c),
    integrationUserId: text(record?.OO_IntegrationUserId__c),
    modelLibraryId: text(record?.OO_ModelLibraryId__c),
    opportunityStage: text(record?.OO_OpportunityStage__c) ?? SETTING_DEFAULTS.opportunityStage,
    closeDateDays: typeof days === 'number' && Number.isFinite(days) && days >= 0 ? Math.round(days) : SETTING_DEFAULTS.closeDateDays,
    opportunityName: text(record?.OO_OpportunityName__c) ?? SETTING_DEFAULTS.opportunityName,
  };
}

/** Two Salesforce ids are the same record: the 15-character form is case-sensitive, the 18-character one adds a checksum. */
export function sameId(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.length >= 15 && b.length >= 15 && a.slice(0, 15) === b.slice(0, 15);
}
