import type { ReadRequest } from './compositeRead.js';
import { engineSettingQuery } from './engineSetting.js';
import type { EngineSettingRecord, PromotionRecord, RuleRecord } from './rulesFromRecords.js';
import type { RulesAndPromotions } from './SalesforcePort.js';
import { soql, SoqlDate } from './soql.js';
import { usableAdminRecords } from './usableAdminRecords.js';

/** The reads of the admin's settings, for a Composite request: the engine settings (`setting`), the active rules (`rules`), the promotions valid on `asOf` (`promotions`). */
export function settingsReads(asOf: string): ReadRequest[] {
  const day = new SoqlDate(asOf);
  return [
    { referenceId: 'setting', query: engineSettingQuery },
    { referenceId: 'rules', query: soql`SELECT MasterLabel, OO_Section__c, OO_Definition__c FROM OO_BusinessRule__mdt WHERE OO_Active__c = true ORDER BY OO_Section__c, MasterLabel` },
    { referenceId: 'promotions', query: soql`SELECT Name, OO_ProductCodes__c, OO_ProductGroup__c, OO_DiscountPercent__c, OO_ValidFrom__c, OO_ValidTo__c, OO_Segments__c, OO_MinQuantity__c FROM OO_Promotion__c WHERE OO_ValidFrom__c <= ${day} AND OO_ValidTo__c >= ${day} ORDER BY Name` },
  ];
}

/**
 * Rules and promotions validated by the engine; a record it refuses is left out and listed in
 * `ignored` (naming it, the field and why), so one bad record never stops a proposal.
 */
export function rulesAndPromotionsFrom(rules: RuleRecord[], promotions: PromotionRecord[], setting?: EngineSettingRecord): RulesAndPromotions {
  const horizon = setting?.OO_HorizonDays__c;
  return {
    ...usableAdminRecords(rules, promotions, setting),
    ...(typeof horizon === 'number' && horizon >= 1 ? { horizonDays: Math.round(horizon) } : {}),
  };
}
