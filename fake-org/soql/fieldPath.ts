import { FakeOrgError } from '../FakeOrgError.js';
import type { OrgStore, SRecord } from '../OrgStore.js';
import type { FieldSchema } from '../schema.js';

/** One relationship walked by a field path: its SOQL name, the lookup field holding the id, and the parent object. */
export interface Hop {
  relationshipName: string;
  lookupField: string;
  object: string;
}

/** A field path resolved from a query's object (`Quantity`, `Order.Account.Name`), in the schema's spelling. */
export interface FieldPath {
  hops: Hop[];
  field: FieldSchema;
  /** The object the final field is on. */
  object: string;
  /** The path as the schema spells it (`Order.Account.Name`). */
  name: string;
  /** The field's value for a record of the query's object: null when empty or a lookup on the way is. */
  get(record: SRecord): unknown;
}

/**
 * Resolves `path` (any case) from `objectName` through the schema's relationship names; parents
 * are read with `store.get` (a map lookup) per record. `INVALID_FIELD` as Salesforce words it for
 * an unknown relationship or column.
 */
export function fieldPath(store: OrgStore, objectName: string, path: string): FieldPath {
  const parts = path.split('.');
  const hops: Hop[] = [];
  let object = store.describe(objectName).name;
  for (const part of parts.slice(0, -1)) {
    const lookup = store.describe(object).fields.find((f) => f.relationshipName !== undefined && f.relationshipName.toLowerCase() === part.toLowerCase());
    if (!lookup || !lookup.referenceTo) {
      throw new FakeOrgError(
        'INVALID_FIELD',
        `Didn't understand relationship '${part}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
        400,
      );
    }
    hops.push({ relationshipName: lookup.relationshipName!, lookupField: lookup.name, object: lookup.referenceTo });
    object = lookup.referenceTo;
  }
  const last = parts[parts.length - 1]!;
  const field = store.field(object, last);
  if (!field) {
    throw new FakeOrgError(
      'INVALID_FIELD',
      `No such column '${last}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
      400,
    );
  }
  const name = [...hops.map((h) => h.relationshipName), field.name].join('.');
  return { hops, field, object, name, get: getter(store, hops, field) };
}

/**
 * The value reader of a path. Through parents, the value is a function of the first lookup's id,
 * so it is kept per id for the query: one map read per row, however many rows share a parent.
 */
function getter(store: OrgStore, hops: Hop[], field: FieldSchema): (record: SRecord) => unknown {
  const key = field.name;
  if (hops.length === 0) return (r) => r[key] ?? null;
  const first = hops[0]!.lookupField;
  const byId = new Map<string, unknown>();
  const walk = (id: string): unknown => {
    let at = store.get(id);
    for (const hop of hops.slice(1)) {
      const next: unknown = at?.[hop.lookupField];
      at = typeof next === 'string' ? store.get(next) : undefined;
    }
    return at?.[key] ?? null;
  };
  return (r) => {
    const id = r[first];
    if (typeof id !== 'string') return null;
    let value = byId.get(id);
    if (value === undefined) byId.set(id, (value = walk(id)));
    return value;
  };
}
