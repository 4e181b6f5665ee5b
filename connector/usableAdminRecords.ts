import { parsePromotions, parseRules, RuleError, type BusinessRules, type Promotion } from '../engine/index.js';
import { ConnectorError } from './ConnectorError.js';
import type { IgnoredRecord } from './IgnoredRecord.js';
import { promotionsFromRecords, rulesFromRecords, type EngineSettingRecord, type PromotionRecord, type RuleRecord } from './rulesFromRecords.js';

/** The admin's records the engine accepts, and the ones it refused (each with what to fix). */
export interface UsableAdminRecords {
  rules: BusinessRules;
  promotions: Promotion[];
  ignored: IgnoredRecord[];
}

/** The promotion record's field for each key the engine reads (what an admin edits). */
const PROMOTION_FIELDS: Record<string, string> = {
  name: 'Name',
  productIds: 'OO_ProductCodes__c',
  group: 'OO_ProductGroup__c',
  discountPercent: 'OO_DiscountPercent__c',
  validFrom: 'OO_ValidFrom__c',
  validTo: 'OO_ValidTo__c',
  segments: 'OO_Segments__c',
  minQuantity: 'OO_MinQuantity__c',
};

/** The engine settings' fields for the novelty thresholds. */
const SETTING_FIELDS: Record<string, string> = { minProbability: 'OO_MinProbability__c', minExpectedValue: 'OO_MinExpectedValue__c', maxPerProposal: 'OO_MaxNovelties__c' };

const WHERE = {
  rule: (name: string) => `Setup › Custom Metadata Types › Optimal Order Business Rule › Manage Records › "${name}" (or untick Active)`,
  promotion: (name: string) => `the Optimal Order Promotions tab › "${name}"`,
  setting: () => 'Setup › Custom Metadata Types › Optimal Order Engine Setting › Manage Records › Default',
};

/**
 * The rules and promotions the engine accepts, one bad record never stopping the rest: each record
 * is checked alone by the engine's own parsers (`parseRules`, `parsePromotions`), then together
 * (names must be unique, a product not both excluded and must-sell: the record the engine names is
 * left out): a record the engine refuses is listed in `ignored`, naming it, the field and why, for
 * the admin.
 */
export function usableAdminRecords(rules: readonly RuleRecord[], promotions: readonly PromotionRecord[], setting?: EngineSettingRecord): UsableAdminRecords {
  const ignored: IgnoredRecord[] = [];
  const keptRules = keepValid(rules, (r) => parseRules(rulesFromRecords([r])), (r, e) => ruleIgnored(r.MasterLabel, e), ignored);
  const keptPromotions = keepValid(promotions, (p) => parsePromotions(promotionsFromRecords([p])), (p, e) => promotionIgnored(p.Name, e), ignored);
  let thresholds = setting;
  if (setting && !keptRules.some((r) => r.OO_Section__c === 'novelty')) {
    try {
      parseRules(rulesFromRecords([], setting));
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      ignored.push({ kind: 'setting', name: 'Default', field: SETTING_FIELDS[error.field] ?? error.field, problem: `the novelty thresholds are set together: ${error.problem}`, where: WHERE.setting() });
      thresholds = undefined;
    }
  }
  return {
    rules: whileRefused(keptRules, (kept) => parseRules(rulesFromRecords(kept, thresholds)), (r) => r.MasterLabel, (r, e) => ruleIgnored(r.MasterLabel, e), ignored),
    promotions: whileRefused(keptPromotions, (kept) => parsePromotions(promotionsFromRecords(kept)), (p) => p.Name, (p, e) => promotionIgnored(p.Name, e), ignored),
    ignored,
  };
}

/** The records `check` accepts alone; the others listed as ignored. */
function keepValid<R>(records: readonly R[], check: (r: R) => unknown, why: (r: R, e: RuleError | ConnectorError) => IgnoredRecord, ignored: IgnoredRecord[]): R[] {
  return records.filter((r) => {
    try {
      check(r);
      return true;
    } catch (error) {
      if (!(error instanceof RuleError) && !(error instanceof ConnectorError)) throw error;
      ignored.push(why(r, error));
      return false;
    }
  });
}

/** Parses the records together; the record the engine names for a clash with another is left out, and the rest parsed again. */
function whileRefused<R, T>(records: readonly R[], parse: (kept: readonly R[]) => T, nameOf: (r: R) => string, why: (r: R, e: RuleError) => IgnoredRecord, ignored: IgnoredRecord[]): T {
  let kept = [...records];
  for (;;) {
    try {
      return parse(kept);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      // The record the engine names is left out (for a name used twice, the later one), the other stays.
      let i = kept.length - 1;
      while (i >= 0 && nameOf(kept[i]!) !== error.rule) i--;
      if (i < 0) throw new ConnectorError('INVALID_RULE', error.message, { record: error.rule, field: error.field });
      ignored.push(why(kept[i]!, error));
      kept = kept.filter((_, j) => j !== i);
    }
  }
}

function ruleIgnored(name: string, e: RuleError | ConnectorError): IgnoredRecord {
  if (e instanceof ConnectorError) return { kind: 'rule', name, field: 'OO_Definition__c', problem: e.message.replace(/^Business rule "[^"]*": /, ''), where: WHERE.rule(name) };
  const field = e.field ? `OO_Definition__c › ${e.field}` : 'OO_Definition__c';
  return { kind: 'rule', name, field, problem: e.problem, where: WHERE.rule(name) };
}

function promotionIgnored(name: string, e: RuleError | ConnectorError): IgnoredRecord {
  const key = e instanceof RuleError ? e.field.split('.')[0]! : '';
  return { kind: 'promotion', name, field: PROMOTION_FIELDS[key] ?? (key || 'Name'), problem: e instanceof RuleError ? e.problem : e.message, where: WHERE.promotion(name) };
}
