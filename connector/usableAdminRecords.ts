import { parsePromotions, parseRules, RuleError, type BusinessRules, type Promotion } from '../engine/index.js';
import { ConnectorError } from './ConnectorError.js';
import type { IgnoredRecord } from './IgnoredRecord.js';
import { PACKAGE_OBJECTS, ENGINE_SETTING_RECORD } from './packageSchema.js';
import { promotionsFromRecords, rulesFromRecords, type EngineSettingRecord, type PromotionRecord, type RuleRecord } from './rulesFromRecords.js';

/** The admin's records the engine accepts, and the ones it refused (each with what to fix). */
export interface UsableAdminRecords {
  rules: BusinessRules;
  promotions: Promotion[];
  ignored: IgnoredRecord[];
}

/** The promotion record's field for each key the engine reads (what an admin edits). */
const P = PACKAGE_OBJECTS.promotion;
const PROMOTION_FIELDS: Record<string, string> = {
  name: 'Name',
  productIds: P.productCodes,
  group: P.productGroup,
  discountPercent: P.discountPercent,
  validFrom: P.validFrom,
  validTo: P.validTo,
  segments: P.segments,
  minQuantity: P.minQuantity,
};
const DEFINITION = PACKAGE_OBJECTS.businessRule.definition;

/** The engine settings' fields for the novelty thresholds. */
const S = PACKAGE_OBJECTS.engineSetting;
const SETTING_FIELDS: Record<string, string> = { minProbability: S.minProbability, minExpectedValue: S.minExpectedValue, maxPerProposal: S.maxNovelties };

const WHERE = {
  rule: (name: string) => `Setup › Custom Metadata Types › Optimal Order Business Rule › Manage Records › "${name}" (or untick Active)`,
  promotion: (name: string) => `the Optimal Order Promotions tab › "${name}"`,
  setting: () => `Setup › Custom Metadata Types › Optimal Order Engine Setting › Manage Records › ${ENGINE_SETTING_RECORD}`,
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
  if (setting && !keptRules.some((r) => r[PACKAGE_OBJECTS.businessRule.section] === 'novelty')) {
    try {
      parseRules(rulesFromRecords([], setting));
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      ignored.push({ kind: 'setting', name: ENGINE_SETTING_RECORD, field: SETTING_FIELDS[error.field] ?? error.field, problem: `the novelty thresholds are set together: ${error.problem}`, where: WHERE.setting() });
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
  if (e instanceof ConnectorError) return { kind: 'rule', name, field: DEFINITION, problem: e.message.replace(/^Business rule "[^"]*": /, ''), where: WHERE.rule(name) };
  const field = e.field ? `${DEFINITION} › ${e.field}` : DEFINITION;
  return { kind: 'rule', name, field, problem: e.problem, where: WHERE.rule(name) };
}

function promotionIgnored(name: string, e: RuleError | ConnectorError): IgnoredRecord {
  const key = e instanceof RuleError ? e.field.split('.')[0]! : '';
  return { kind: 'promotion', name, field: PROMOTION_FIELDS[key] ?? (key || 'Name'), problem: e instanceof RuleError ? e.problem : e.message, where: WHERE.promotion(name) };
}
