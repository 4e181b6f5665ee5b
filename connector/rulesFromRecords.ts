import { ConnectorError } from './ConnectorError.js';

/** A business-rule custom metadata record, as queried. */
export interface RuleRecord {
  MasterLabel: string;
  OO_Section__c: string;
  OO_Definition__c: string;
}

/** The engine settings record (`OO_EngineSetting__mdt`, the one named Default), as queried. */
export interface EngineSettingRecord {
  OO_MinProbability__c: number | null;
  OO_MinExpectedValue__c: number | null;
  OO_MaxNovelties__c: number | null;
  OO_HorizonDays__c: number | null;
  OO_Currency__c?: string | null;
  OO_ModelDocumentId__c?: string | null;
  OO_IntegrationUserId__c?: string | null;
  OO_ModelLibraryId__c?: string | null;
  OO_OpportunityStage__c?: string | null;
  OO_CloseDateDays__c?: number | null;
  OO_OpportunityName__c?: string | null;
}

/** A promotion record, as queried. */
export interface PromotionRecord {
  Name: string;
  OO_ProductCodes__c: string | null;
  OO_ProductGroup__c: string | null;
  OO_DiscountPercent__c: number;
  OO_ValidFrom__c: string;
  OO_ValidTo__c: string;
  OO_Segments__c: string | null;
  OO_MinQuantity__c: number | null;
}

/** Sections holding one object rather than a list of named rules. */
const SINGLE = new Set(['novelty']);

/**
 * The rules file's shape (what `parseRules` validates) from custom metadata records: each record is
 * one rule of its section, named by its label, its other fields the JSON definition an admin wrote
 * (`{"productId": "22423", "weight": 1.2}`); the `novelty` section's one record is the thresholds,
 * else the engine settings' (`setting`), else the engine's defaults.
 * A definition that is not a JSON object fails naming the record.
 */
export function rulesFromRecords(records: readonly RuleRecord[], setting?: EngineSettingRecord): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  // The engine settings' novelty thresholds, unless a `novelty` rule sets them (read below, it wins).
  if (setting) {
    const novelty = {
      ...(setting.OO_MinProbability__c === null ? {} : { minProbability: setting.OO_MinProbability__c }),
      ...(setting.OO_MinExpectedValue__c === null ? {} : { minExpectedValue: setting.OO_MinExpectedValue__c }),
      ...(setting.OO_MaxNovelties__c === null ? {} : { maxPerProposal: setting.OO_MaxNovelties__c }),
    };
    if (Object.keys(novelty).length) rules.novelty = novelty;
  }
  for (const r of records) {
    let definition: unknown;
    try {
      definition = JSON.parse(r.OO_Definition__c);
    } catch (error) {
      throw new ConnectorError('INVALID_RULE', `Business rule "${r.MasterLabel}": OO_Definition__c is not JSON (${(error as Error).message})`, { record: r.MasterLabel, field: 'OO_Definition__c' });
    }
    if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
      throw new ConnectorError('INVALID_RULE', `Business rule "${r.MasterLabel}": OO_Definition__c must be a JSON object`, { record: r.MasterLabel, field: 'OO_Definition__c' });
    }
    if (SINGLE.has(r.OO_Section__c)) rules[r.OO_Section__c] = definition;
    else ((rules[r.OO_Section__c] ??= []) as unknown[]).push({ ...definition, name: r.MasterLabel }); // the label names the rule, as the admin sees it
  }
  return rules;
}

/** The promotions file's shape (what `parsePromotions` validates) from promotion records. */
export function promotionsFromRecords(records: readonly PromotionRecord[]): unknown[] {
  const list = (text: string | null, separator: RegExp) => (text ?? '').split(separator).map((x) => x.trim()).filter(Boolean);
  return records.map((r) => ({
    name: r.Name,
    ...(r.OO_ProductGroup__c ? { group: r.OO_ProductGroup__c } : { productIds: list(r.OO_ProductCodes__c, /[,;\n]/) }),
    discountPercent: r.OO_DiscountPercent__c,
    validFrom: r.OO_ValidFrom__c,
    validTo: r.OO_ValidTo__c,
    ...(r.OO_Segments__c ? { segments: list(r.OO_Segments__c, /;/) } : {}),
    ...(r.OO_MinQuantity__c ? { minQuantity: r.OO_MinQuantity__c } : {}),
  }));
}
