import { FakeOrgError } from '../FakeOrgError.js';
import type { OrgStore, SRecord } from '../OrgStore.js';
import type { FieldSchema } from '../schema.js';

/** A resolved field path from a query's object: `Order.Account.Name` from OrderItem. */
export interface FieldPath {
  /** The relationships walked (schema spelling) and the final field. */
  relationships: { name: string; field: string; object: string }[];
  field: FieldSchema;
  /** The object the final field is on. */
  object: string;
  /** The value for a record of the query's object (null when a lookup on the way is empty). */
  get(record: SRecord): unknown;
}

/**
 * Resolves `path` (`Name`, `Product2.Name`, `OO_Account__r.Name`; any case) on `objectName`,
 * `INVALID_FIELD` when a hop or the field does not exist. Lookups are map reads in the store.
 */
export function fieldPath(store: OrgStore, objectName: string, path: string): FieldPath {
  const parts = path.split('.');
  let object = store.describe(objectName).name;
  const relationships: FieldPath['relationships'] = [];
  for (const hop of parts.slice(0, -1)) {
    const ref = store.describe(object).fields.find((f) => f.relationshipName?.toLowerCase() === hop.toLowerCase());
    if (!ref) throw invalid(path, objectName);
    relationships.push({ name: ref.relationshipName!, field: ref.name, object: ref.referenceTo! });
    object = ref.referenceTo!;
  }
  const field = store.field(object, parts[parts.length - 1]!);
  if (!field) throw invalid(path, objectName);
  const get = (record: SRecord): unknown => {
    let r: SRecord | undefined = record;
    for (const hop of relationships) {
      const id: unknown = r[hop.field];
      r = typeof id === 'string' ? store.get(id) : undefined;
      if (!r) return null;
    }
    return r[field.name] ?? null;
  };
  return { relationships, field, object, get };
}

function invalid(path: string, objectName: string): FakeOrgError {
  return new FakeOrgError('INVALID_FIELD', `No such column '${path}' on entity '${objectName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`, 400);
}
