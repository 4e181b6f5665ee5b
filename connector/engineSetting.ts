import { ENGINE_SETTING_RECORD, PACKAGE_OBJECTS } from './packageSchema.js';
import { soql, soqlName, soqlNames } from './soql.js';
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
  /**
   * Share of accounts in each month's comparison (control) group, 0 to 1 (`OO_ControlShare__c`):
   * empty, 0, or a value outside 0–1 (the admin's mistake) is 0, off.
   */
  controlShare: number;
}

/** What an empty setting means: the package's Default record holds the same values. */
export const SETTING_DEFAULTS = { opportunityStage: 'Prospecting', closeDateDays: 30, opportunityName: '{account} – Optimal Order {date}' } as const;

/** The engine settings record (its fields: the package's `OO_EngineSetting__mdt`). */
const { object: SETTING_OBJECT, ...S } = PACKAGE_OBJECTS.engineSetting;
export const engineSettingQuery = soql`SELECT ${soqlNames(Object.values(S))} FROM ${soqlName(SETTING_OBJECT)} WHERE DeveloperName = ${ENGINE_SETTING_RECORD} LIMIT 1`;

/** The settings from the record (none: all defaults); blank texts count as empty. */
export function engineSettingFrom(record: EngineSettingRecord | undefined): EngineSetting {
  const text = (v: string | null | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const days = record?.[S.closeDateDays];
  return {
    currency: text(record?.[S.currency]),
    modelDocumentId: text(record?.[S.modelDocumentId]),
    integrationUserId: text(record?.[S.integrationUserId]),
    modelLibraryId: text(record?.[S.modelLibraryId]),
    opportunityStage: text(record?.[S.opportunityStage]) ?? SETTING_DEFAULTS.opportunityStage,
    closeDateDays: typeof days === 'number' && Number.isFinite(days) && days >= 0 ? Math.round(days) : SETTING_DEFAULTS.closeDateDays,
    opportunityName: text(record?.[S.opportunityName]) ?? SETTING_DEFAULTS.opportunityName,
    controlShare: shareOf(record?.[S.controlShare]),
  };
}

/** A control share as read: a number from 0 to 1, anything else 0 (off). */
function shareOf(value: unknown): number {
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : 0;
}

/** Two Salesforce ids are the same record: the 15-character form is case-sensitive, the 18-character one adds a checksum. */
export function sameId(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.length >= 15 && b.length >= 15 && a.slice(0, 15) === b.slice(0, 15);
}
