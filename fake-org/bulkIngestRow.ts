import type { IngestJob } from './bulkJobs.js';
import { FakeOrgError } from './FakeOrgError.js';
import type { FakeOrg } from './FakeOrg.js';
import type { SRecord } from './OrgStore.js';
import type { FieldSchema } from './schema.js';

/** What one row came to: the record's id (empty when none) and whether it was created, or the error. */
export type RowResult = { ok: true; id: string; created: boolean } | { ok: false; id: string; error: string };

/** The value that sets a field to null in Bulk API CSV (an empty value leaves the field as it is). */
export const BULK_NULL = '#N/A';

/**
 * A CSV value as the field's type: a number for numeric fields, a boolean for checkboxes
 * (`true`/`false`, `1`/`0`, any case), text otherwise; undefined for an empty value (not written),
 * null for `#N/A`. A value that does not read as its type is passed on as text, so the store
 * refuses it with Salesforce's `INVALID_TYPE_ON_FIELD_IN_RECORD`.
 */
export function bulkValue(field: FieldSchema, text: string): unknown {
  if (text === '') return undefined;
  if (text === BULK_NULL) return null;
  switch (field.type) {
    case 'double':
    case 'currency':
    case 'percent':
    case 'int':
      return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : text;
    case 'boolean':
      return /^(true|1)$/i.test(text) ? true : /^(false|0)$/i.test(text) ? false : text;
    default:
      return text;
  }
}

/** A failed row's `sf__Error`, as Salesforce writes it: `CODE:message:fields --`. */
export function rowError(error: FakeOrgError): string {
  const fields = error.fields ?? [];
  return `${error.errorCode}:${error.message}:${fields.join(',')}${fields.length ? ' ' : ''}--`;
}

/** An upsert's key lookup: the records the job's user sees, by external id value; kept up to date as rows create records. */
export type KeyIndex = Map<unknown, SRecord>;

/** The records of an object the current user sees, by the value of `field` (`Id` or an external id). */
export function keyIndex(org: FakeOrg, object: string, field: string): KeyIndex {
  const index: KeyIndex = new Map();
  const access = org.store.access;
  for (const r of org.store.records(object)) {
    if (r[field] != null && (!access || access.canRead(object, r))) index.set(r[field], r);
  }
  return index;
}

/**
 * Writes one row of an ingest job through the store, as the current user, with the store's checks
 * (object and record access, required fields, types, references and their sharing, unique external
 * ids, validation rules): insert creates; update and delete act on the row's `Id`; upsert updates
 * the record whose external id matches (one the user sees) or else creates one. A refused row
 * gives Salesforce's error; the others are written (Bulk API is not all-or-none).
 */
export function ingestRow(org: FakeOrg, job: IngestJob, columns: readonly FieldSchema[], row: readonly string[], keys?: KeyIndex): RowResult {
  const fields: Record<string, unknown> = {};
  let id = '';
  columns.forEach((field, i) => {
    const value = bulkValue(field, row[i] ?? '');
    if (field.name === 'Id' && job.operation !== 'insert') id = typeof value === 'string' ? value : '';
    else if (value !== undefined) fields[field.name] = value;
  });
  try {
    if (row.length > columns.length) throw new FakeOrgError('INVALID_FIELD', `The row has ${row.length} values for ${columns.length} columns`, 400);
    if (org.fire('lockedRows')) throw new FakeOrgError('UNABLE_TO_LOCK_ROW', 'unable to obtain exclusive access to this record or 1 records', 400);
    return write(org, job, fields, id, keys);
  } catch (error) {
    if (!(error instanceof FakeOrgError)) throw error;
    const key = job.operation === 'upsert' ? (keys?.get(fields[job.externalIdFieldName!] ?? id)?.Id ?? '') : id;
    return { ok: false, id: key, error: rowError(error) };
  }
}

function write(org: FakeOrg, job: IngestJob, fields: Record<string, unknown>, id: string, keys?: KeyIndex): RowResult {
  const store = org.store;
  if (job.operation === 'insert') return { ok: true, id: store.create(job.object, fields).Id, created: true };
  if (job.operation === 'upsert') return upsert(org, job, fields, id, keys!);
  if (!id) throw new FakeOrgError('MISSING_ARGUMENT', `Id not specified in an ${job.operation} call`, 400);
  if (job.operation === 'update') return { ok: true, id: store.update(job.object, id, fields).Id, created: false };
  store.delete(job.object, id);
  return { ok: true, id: store.get(id)?.Id ?? id, created: false };
}

function upsert(org: FakeOrg, job: IngestJob, fields: Record<string, unknown>, id: string, keys: KeyIndex): RowResult {
  const keyField = job.externalIdFieldName!;
  const key = keyField === 'Id' ? id : fields[keyField];
  if (key === undefined || key === null) throw new FakeOrgError('MISSING_ARGUMENT', `${keyField} not specified`, 400);
  const match = keys.get(key);
  if (match) return { ok: true, id: org.store.update(job.object, match.Id, fields).Id, created: false };
  if (keyField === 'Id') throw new FakeOrgError('INVALID_ID_FIELD', `invalid record id: ${String(key)}`, 400);
  const record = org.store.create(job.object, fields);
  keys.set(key, record);
  return { ok: true, id: record.Id, created: true };
}
