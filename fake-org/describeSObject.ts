import { notFound } from './Answer.js';
import { FAKE_API_VERSION } from './FakeOrg.js';
import type { OrgStore } from './OrgStore.js';
import type { FieldSchema, ObjectSchema } from './schema.js';
import type { UserAccess } from './UserAccess.js';

/** System fields Salesforce never leaves empty. */
const NEVER_NULL = new Set(['Id', 'CreatedDate', 'LastModifiedDate', 'IsDeleted', 'CreatedById']);

/** A label made from an API name, as a default: `OO_UnitCost__c` → `Unit Cost`, `AccountId` → `Account ID`. */
export function labelOf(name: string): string {
  const bare = name.replace(/^OO_/, '').replace(/__(c|mdt)$/, '').replace(/Id$/, ' ID');
  return bare.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').trim();
}

/** The object a user may see in describe: an unknown one, or one it cannot read, is 404 `NOT_FOUND`. */
function visibleObject(store: OrgStore, name: string, access: UserAccess | null): ObjectSchema {
  let o: ObjectSchema;
  try {
    o = store.describe(name);
  } catch {
    throw notFound();
  }
  if (access && !access.objectPermission(o.name).read) throw notFound();
  return o;
}

/** One field as describe gives it. */
function describeField(f: FieldSchema) {
  const text = f.type === 'string' || f.type === 'textarea' || f.type === 'picklist';
  return {
    name: f.name,
    label: f.label ?? labelOf(f.name),
    type: f.type,
    length: text ? (f.length ?? (f.type === 'textarea' ? 32768 : 255)) : f.type === 'id' || f.type === 'reference' ? 18 : 0,
    nillable: !f.required && f.type !== 'boolean' && !NEVER_NULL.has(f.name),
    createable: !f.readOnly && f.type !== 'id',
    updateable: !f.readOnly && f.type !== 'id' && !f.masterDetail,
    custom: f.name.endsWith('__c'),
    externalId: f.externalId ?? false,
    unique: f.externalId ?? false,
    idLookup: f.type === 'id' || (f.externalId ?? false),
    referenceTo: f.referenceTo ? [f.referenceTo] : [],
    relationshipName: f.relationshipName ?? null,
    cascadeDelete: f.masterDetail ?? false,
    defaultedOnCreate: f.readOnly ?? false,
    filterable: f.type !== 'textarea' && f.type !== 'base64',
    sortable: f.type !== 'textarea' && f.type !== 'base64',
    picklistValues: [],
  };
}

/** The object's flags and URLs, shared by describe and the global describe. */
function objectSummary(o: ObjectSchema, access: UserAccess | null) {
  const p = access?.objectPermission(o.name);
  const url = `/services/data/v${FAKE_API_VERSION}/sobjects/${o.name}`;
  const writable = !o.name.endsWith('__mdt');
  return {
    name: o.name,
    label: o.label ?? labelOf(o.name),
    labelPlural: `${o.label ?? labelOf(o.name)}s`,
    keyPrefix: o.keyPrefix,
    custom: /__(c|mdt)$/.test(o.name),
    customSetting: false,
    queryable: true,
    retrieveable: true,
    searchable: !o.name.endsWith('__mdt'),
    createable: writable && (p?.create ?? true),
    updateable: writable && (p?.edit ?? true),
    deletable: writable && (p?.delete ?? true),
    urls: { sobject: url, describe: `${url}/describe`, rowTemplate: `${url}/{ID}` },
  };
}

/** `GET sobjects/{type}/describe`: the object's fields and child relationships, as the user sees the object. */
export function describeSObject(store: OrgStore, name: string, access: UserAccess | null) {
  const o = visibleObject(store, name, access);
  return {
    ...objectSummary(o, access),
    fields: o.fields.map(describeField),
    childRelationships: (o.children ?? []).map((c) => ({ childSObject: c.childObject, field: c.field, relationshipName: c.relationshipName, cascadeDelete: true })),
  };
}

/** `GET sobjects`: every object the user may read. */
export function describeGlobal(store: OrgStore, access: UserAccess | null) {
  const visible = store.allObjects().filter((o) => !access || access.objectPermission(o.name).read);
  return { encoding: 'UTF-8', maxBatchSize: 200, sobjects: visible.map((o) => objectSummary(o, access)) };
}
