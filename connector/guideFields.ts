import type { AttributeRecord } from '../engine/index.js';
import type { IgnoredRecord } from './IgnoredRecord.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';

/** The price attribute's field: the price book entry's unit price, not a Product2 field. */
export const PRICE_FIELD = 'PricebookEntry.UnitPrice';

/** A field of Product2's describe (only those the user can read are listed). */
export interface DescribedField {
  name: string;
  type: string;
}

/** Which Product2 field holds each attribute, as describe spells it; the attributes left unknown, and why. */
export interface GuideFields {
  /** Attribute → Product2 field (or `PRICE_FIELD`), each confirmed by describe. */
  fields: Map<string, string>;
  /** Attributes whose record was ignored: unknown on every product. */
  unknown: string[];
  ignored: IgnoredRecord[];
}

/** Describe types that hold numbers. */
const NUMBER_TYPES = new Set(['double', 'int', 'long', 'currency', 'percent']);

/**
 * Checks each `OO_ProductAttribute__mdt` record's field against Product2's describe before any
 * query names it: a field describe does not list (absent, or not readable by this user) or a
 * number attribute on a field that holds no number is an `IgnoredRecord` naming the record and
 * `OO_Field__c`, and its attribute is left unknown, never a crash. `recordNames`: the records'
 * DeveloperNames, aligned with `attributes`.
 */
export function guideFields(attributes: readonly AttributeRecord[], recordNames: readonly string[], described: readonly DescribedField[]): GuideFields {
  const byName = new Map(described.map((f) => [f.name.toLowerCase(), f] as const));
  const result: GuideFields = { fields: new Map(), unknown: [], ignored: [] };
  attributes.forEach((a, i) => {
    if (a.field.toLowerCase() === PRICE_FIELD.toLowerCase()) return void result.fields.set(a.attribute, PRICE_FIELD);
    const field = byName.get(a.field.trim().toLowerCase());
    const problem = !field
      ? `Product2 has no field "${a.field}" that this user can read`
      : a.kind === 'number' && !NUMBER_TYPES.has(field.type)
        ? `Product2.${field.name} is a ${field.type} field, not a number`
        : null;
    if (!problem) return void result.fields.set(a.attribute, field!.name);
    result.unknown.push(a.attribute);
    result.ignored.push({ kind: 'attribute', name: recordNames[i] ?? a.attribute, field: PACKAGE_OBJECTS.productAttribute.field, problem, where: `Setup › Custom Metadata Types › Optimal Order Product Attribute › Manage Records › ${recordNames[i] ?? a.attribute}` });
  });
  return result;
}
