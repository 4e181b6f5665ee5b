import type { ReadRequest } from './compositeRead.js';
import { engineSettingQuery } from './engineSetting.js';
import type { EngineSettingRecord, PromotionRecord, RuleRecord } from './rulesFromRecords.js';
import type { RulesAndPromotions } from './SalesforcePort.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import { soql, SoqlDate, soqlName as n, soqlNames } from './soql.js';

const R = PACKAGE_OBJECTS.businessRule;
const { object: _, ...promotion } = PACKAGE_OBJECTS.promotion;
const P = PACKAGE_OBJECTS.promotion;
const promotionFields = Object.values(promotion);
import { usableAdminRecords } from './usableAdminRecords.js';

/** The reads of the admin's settings, for a Composite request: the engine settings (`setting`), the active rules (`rules`), the promotions valid on `asOf` (`promotions`). */
export function settingsReads(asOf: string): ReadRequest[] {
  const day = new SoqlDate(asOf);
  return [
    { referenceId: 'setting', query: engineSettingQuery },
    { referenceId: 'rules', query: soql`SELECT MasterLabel, ${n(R.section)}, ${n(R.definition)} FROM ${n(R.object)} WHERE ${n(R.active)} = true ORDER BY ${n(R.section)}, MasterLabel` },
    { referenceId: 'promotions', query: soql`SELECT Name, ${soqlNames(promotionFields)} FROM ${n(P.object)} WHERE ${n(P.validFrom)} <= ${day} AND ${n(P.validTo)} >= ${day} ORDER BY Name` },
  ];
}

/**
 * Rules and promotions validated by the engine; a record it refuses is left out and listed in
 * `ignored` (naming it, the field and why), so one bad record never stops a proposal.
 */
export function rulesAndPromotionsFrom(rules: RuleRecord[], promotions: PromotionRecord[], setting?: EngineSettingRecord): RulesAndPromotions {
  const horizon = setting?.[PACKAGE_OBJECTS.engineSetting.horizonDays];
  return {
    ...usableAdminRecords(rules, promotions, setting),
    ...(typeof horizon === 'number' && horizon >= 1 ? { horizonDays: Math.round(horizon) } : {}),
  };
}
