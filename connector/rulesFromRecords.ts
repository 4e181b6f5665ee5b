import { ConnectorError } from './ConnectorError.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';

const R = PACKAGE_OBJECTS.businessRule;
const S = PACKAGE_OBJECTS.engineSetting;
const P = PACKAGE_OBJECTS.promotion;

/** A business-rule custom metadata record, as queried (`R.section`, `R.definition`). */
export type RuleRecord = { MasterLabel: string } & { [K in typeof R.section | typeof R.definition]: string };

/** The engine settings record (`OO_EngineSetting__mdt`, the one named Default), as queried. */
export type EngineSettingRecord = { [K in typeof S.minProbability | typeof S.minExpectedValue | typeof S.maxNovelties | typeof S.horizonDays]: number | null } & {
  [K in typeof S.currency | typeof S.modelDocumentId | typeof S.integrationUserId | typeof S.modelLibraryId | typeof S.opportunityStage | typeof S.opportunityName]?: string | null;
} & { [K in typeof S.closeDateDays | typeof S.controlShare]?: number | null };

/** A promotion record, as queried. */
export type PromotionRecord = { Name: string } & { [K in typeof P.productCodes | typeof P.productGroup | typeof P.segments]: string | null } & {
  [K in typeof P.validFrom | typeof P.validTo]: string;
} & { [K in typeof P.discountPercent]: number } & { [K in typeof P.minQuantity]: number | null };

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
      ...(setting[S.minProbability] === null ? {} : { minProbability: setting[S.minProbability] }),
      ...(setting[S.minExpectedValue] === null ? {} : { minExpectedValue: setting[S.minExpectedValue] }),
      ...(setting[S.maxNovelties] === null ? {} : { maxPerProposal: setting[S.maxNovelties] }),
    };
    if (Object.keys(novelty).length) rules.novelty = novelty;
  }
  for (const r of records) {
    let definition: unknown;
    try {
      definition = JSON.parse(r[R.definition]);
    } catch (error) {
      throw new ConnectorError('INVALID_RULE', `Business rule "${r.MasterLabel}": ${R.definition} is not JSON (${(error as Error).message})`, { record: r.MasterLabel, field: R.definition });
    }
    if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
      throw new ConnectorError('INVALID_RULE', `Business rule "${r.MasterLabel}": ${R.definition} must be a JSON object`, { record: r.MasterLabel, field: R.definition });
    }
    if (SINGLE.has(r[R.section])) rules[r[R.section]] = definition;
    else ((rules[r[R.section]] ??= []) as unknown[]).push({ ...definition, name: r.MasterLabel }); // the label names the rule, as the admin sees it
  }
  return rules;
}

/** The promotions file's shape (what `parsePromotions` validates) from promotion records. */
export function promotionsFromRecords(records: readonly PromotionRecord[]): unknown[] {
  const list = (text: string | null, separator: RegExp) => (text ?? '').split(separator).map((x) => x.trim()).filter(Boolean);
  return records.map((r) => ({
    name: r.Name,
    ...(r[P.productGroup] ? { group: r[P.productGroup] } : { productIds: list(r[P.productCodes], /[,;\n]/) }),
    discountPercent: r[P.discountPercent],
    validFrom: r[P.validFrom],
    validTo: r[P.validTo],
    ...(r[P.segments] ? { segments: list(r[P.segments], /;/) } : {}),
    ...(r[P.minQuantity] ? { minQuantity: r[P.minQuantity] } : {}),
  }));
}
