import type { FieldType } from '@jetstreamapp/soql-parser-js';
import { FAKE_API_VERSION } from '../FakeOrg.js';
import type { OrgStore, SRecord } from '../OrgStore.js';
import type { FieldSchema } from '../schema.js';
import type { UserAccess } from '../UserAccess.js';
import { fieldPath } from './fieldPath.js';
import { malformedQuery } from './malformedQuery.js';
import { outputValue } from './outputValue.js';

/** The fields read from one object, in select order: its own, and each parent relationship's (nested). */
interface Shape {
  object: string;
  entries: ({ kind: 'field'; field: FieldSchema } | { kind: 'parent'; relationshipName: string; lookupField: string; shape: Shape })[];
}

/**
 * The SELECT list of a plain (not aggregate) query as a function from a record to what the REST
 * API returns for it: `attributes` (type and url), then each field under the schema's name in
 * select order, parent fields nested under their relationship (`Product2: { attributes, Name }`,
 * null when the lookup is empty or `access`'s user cannot see the parent). `INVALID_FIELD` for an
 * unknown field, checked up front.
 */
export function selectFields(store: OrgStore, objectName: string, fields: FieldType[], access?: UserAccess): (record: SRecord) => Record<string, unknown> {
  const root: Shape = { object: objectName, entries: [] };
  for (const f of fields) {
    if (f.type !== 'Field' && f.type !== 'FieldRelationship') throw malformedQuery(`${f.type} in SELECT is not supported by the fake org`);
    const path = fieldPath(store, objectName, f.type === 'Field' ? f.field : [...f.relationships, f.field].join('.'));
    let shape = root;
    for (const hop of path.hops) {
      let entry = shape.entries.find((e) => e.kind === 'parent' && e.relationshipName === hop.relationshipName);
      if (!entry) shape.entries.push((entry = { kind: 'parent', relationshipName: hop.relationshipName, lookupField: hop.lookupField, shape: { object: hop.object, entries: [] } }));
      shape = (entry as { shape: Shape }).shape;
    }
    if (!shape.entries.some((e) => e.kind === 'field' && e.field.name === path.field.name)) shape.entries.push({ kind: 'field', field: path.field });
  }
  const build = (record: SRecord, shape: Shape): Record<string, unknown> => {
    const out: Record<string, unknown> = { attributes: { type: shape.object, url: `/services/data/v${FAKE_API_VERSION}/sobjects/${shape.object}/${record.Id}` } };
    for (const e of shape.entries) {
      if (e.kind === 'field') {
        // A file's bytes are never in a query answer: their URL is.
        out[e.field.name] = e.field.type === 'base64' ? `/services/data/v${FAKE_API_VERSION}/sobjects/${shape.object}/${record.Id}/${e.field.name}` : outputValue(e.field, record[e.field.name]);
      } else {
        const id = record[e.lookupField];
        const parent = typeof id === 'string' ? store.get(id) : undefined;
        out[e.relationshipName] = parent && (!access || access.canRead(e.shape.object, parent)) ? build(parent, e.shape) : null;
      }
    }
    return out;
  };
  return (record) => build(record, root);
}
