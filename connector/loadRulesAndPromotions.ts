import type { OrgClient } from './orgClient.js';
import { rulesAndPromotionsFrom, settingsReads } from './rulesAndPromotionsFrom.js';
import type { EngineSettingRecord, PromotionRecord, RuleRecord } from './rulesFromRecords.js';
import type { RulesAndPromotions } from './SalesforcePort.js';

/** `SalesforcePort.loadRulesAndPromotions`: the admin's settings in one Composite request (3 queries). */
export async function loadRulesAndPromotions(client: OrgClient, asOf: string): Promise<RulesAndPromotions> {
  const read = await client.read(settingsReads(asOf));
  return rulesAndPromotionsFrom(await read.records<RuleRecord>('rules'), await read.records<PromotionRecord>('promotions'), (await read.records<EngineSettingRecord>('setting'))[0]);
}
