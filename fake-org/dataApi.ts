import { asObject, methodNotAllowed, notFound, type Answer, type Json } from './Answer.js';
import { collection, composite, type Route } from './composite.js';
import { describeGlobal, describeSObject } from './describeSObject.js';
import { FakeOrgError } from './FakeOrgError.js';
import { FAKE_API_VERSION, type FakeOrg } from './FakeOrg.js';
import type { SRecord } from './OrgStore.js';
import { firstPage, nextPage } from './queryPages.js';
import { runQuery } from './soql/index.js';

/** A resource: the methods it takes (as Salesforce lists them in a 405) and what answers them. */
interface Resource {
  allowed: readonly string[];
  answer: (method: string, params: URLSearchParams, body: Json) => Answer;
}

/**
 * The data API under `/services/data/vXX.X/`, one call by method and path (also what composite
 * subrequests run), as the current request's user (`org.store.access`): `query`, `queryAll` and
 * their next pages, `limits`, `sobjects` (global describe), `sobjects/{type}` (create),
 * `sobjects/{type}/describe`, `sobjects/{type}/{id}` (read, update, delete), a record by external id, a file's bytes,
 * `composite` and `composite/sobjects`. A path no resource matches is 404 `NOT_FOUND`; a method
 * the resource does not take is 405 `METHOD_NOT_ALLOWED`.
 */
export function dataApi(org: FakeOrg): Route {
  const route: Route = (method, path, params, body) => {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const resource = resourceOf(org, parts, route);
    if (!resource) throw notFound();
    if (!resource.allowed.includes(method)) throw methodNotAllowed(method, resource.allowed);
    return resource.answer(method, params, body);
  };
  return route;
}

function resourceOf(org: FakeOrg, parts: string[], route: Route): Resource | null {
  const [resource, a, b, c] = parts;
  const n = parts.length;
  const access = () => org.store.access;
  if ((resource === 'query' || resource === 'queryAll') && n <= 2) return { allowed: ['GET'], answer: (_m, params) => ({ status: 200, body: a ? nextPage(org, a) : query(org, resource, params) }) };
  if (resource === 'limits' && n === 1) return { allowed: ['GET'], answer: () => limits(org) };
  if (resource === 'composite' && n === 1) return { allowed: ['POST'], answer: (_m, _q, body) => composite(org, body, route) };
  if (resource === 'composite' && a === 'sobjects' && n === 2) {
    return { allowed: ['POST', 'PATCH'], answer: (m, _q, body) => collection(body, org.store, (type, fields) => (m === 'PATCH' ? updateById(org, type, fields) : create(org, type, fields))) };
  }
  if (resource !== 'sobjects') return null;
  if (n === 1) return { allowed: ['GET'], answer: () => ({ status: 200, body: describeGlobal(org.store, access()) }) };
  if (n === 2) {
    return { allowed: ['GET', 'POST'], answer: (m, _q, body) => (m === 'POST' ? created(create(org, a!, asObject(body))) : { status: 200, body: { objectDescribe: describeSObject(org.store, a!, access()), recentItems: [] } }) };
  }
  if (n === 3 && b === 'describe') return { allowed: ['GET'], answer: () => ({ status: 200, body: describeSObject(org.store, a!, access()) }) };
  if (n === 3) return { allowed: ['GET', 'PATCH', 'DELETE'], answer: (m, _q, body) => onRecord(org, m, a!, b!, body) };
  if (n === 4) return { allowed: ['GET'], answer: () => (isExternalId(org, a!, b!) ? byExternalId(org, a!, b!, c!) : blob(org, a!, b!, c!)) };
  return null;
}

function query(org: FakeOrg, resource: string, params: URLSearchParams) {
  const q = params.get('q');
  if (!q) throw new FakeOrgError('MALFORMED_QUERY', 'A query string is required (q)', 400);
  return firstPage(org, runQuery(org.store, q, { includeDeleted: resource === 'queryAll', access: org.store.access ?? undefined }));
}

function limits(org: FakeOrg): Answer {
  const used = org.requests.length;
  return { status: 200, body: { DailyApiRequests: { Max: org.dailyApiRequests, Remaining: Math.max(0, org.dailyApiRequests - used) } } };
}

/** The schema name of an object the user may read; 404 `NOT_FOUND` otherwise, as Salesforce answers. */
function typeOf(org: FakeOrg, name: string): string {
  let type: string;
  try {
    type = org.store.describe(name).name;
  } catch {
    throw notFound();
  }
  if (org.store.access && !org.store.access.objectPermission(type).read) throw notFound();
  return type;
}

function created(record: SRecord): Answer {
  return { status: 201, body: { id: record.Id, success: true, errors: [] } };
}

/** A write, failing first when a lock fault is armed. */
function write<T>(org: FakeOrg, work: () => T): T {
  if (org.fire('lockedRows')) throw new FakeOrgError('UNABLE_TO_LOCK_ROW', 'unable to obtain exclusive access to this record or 1 records', 400);
  return work();
}

/** One record of a `PATCH composite/sobjects`: updated by its `id` (`MISSING_ARGUMENT` without one, as Salesforce answers). */
function updateById(org: FakeOrg, type: string, fields: Record<string, unknown>): SRecord {
  const { id, attributes: _attributes, ...values } = fields;
  if (typeof id !== 'string' || id === '') throw new FakeOrgError('MISSING_ARGUMENT', 'Id not specified in an update call', 400);
  const name = typeOf(org, type);
  return write(org, () => org.store.update(name, id, values));
}

function create(org: FakeOrg, type: string, fields: Record<string, unknown>): SRecord {
  const name = typeOf(org, type);
  return write(org, () => org.store.create(name, fields));
}

function onRecord(org: FakeOrg, method: string, typeName: string, id: string, body: Json): Answer {
  const type = typeOf(org, typeName);
  if (method === 'GET') return { status: 200, body: withAttributes(type, live(org, type, id)) };
  if (method === 'PATCH') return write(org, () => (org.store.update(type, id, asObject(body)), { status: 204 }));
  return write(org, () => (org.store.delete(type, id), { status: 204 }));
}

/** A live record the user sees; 404 `NOT_FOUND` for one it does not (or that does not exist), as Salesforce answers a read. */
function live(org: FakeOrg, type: string, id: string): SRecord {
  const r = org.store.get(id);
  if (!r || r.IsDeleted || org.store.objectOf(id) !== type || (org.store.access && !org.store.access.canRead(type, r))) throw notFound();
  return r;
}

function withAttributes(type: string, r: SRecord): Record<string, unknown> {
  const url = `/services/data/v${FAKE_API_VERSION}/sobjects/${type}/${r.Id}`;
  const out: Record<string, unknown> = { attributes: { type, url }, ...r };
  // A file's bytes are read from their own URL, as Salesforce answers a record read.
  for (const f of base64Fields(type)) if (f in out) out[f] = `${url}/${f}`;
  return out;
}

function base64Fields(type: string): string[] {
  return type === 'ContentVersion' ? ['VersionData'] : [];
}

/** Whether `field` is an external id field of `typeName` (sObject Rows by External ID). */
function isExternalId(org: FakeOrg, typeName: string, field: string): boolean {
  try {
    return org.store.describe(typeName).fields.some((f) => f.externalId && f.name.toLowerCase() === field.toLowerCase());
  } catch {
    return false;
  }
}

/** `GET sobjects/{type}/{externalIdField}/{value}`: the record with that value the user sees; 404 `NOT_FOUND` otherwise, as Salesforce answers. */
function byExternalId(org: FakeOrg, typeName: string, field: string, value: string): Answer {
  const type = typeOf(org, typeName);
  const name = org.store.describe(type).fields.find((f) => f.name.toLowerCase() === field.toLowerCase())!.name;
  const r = org.store.findByExternalId(type, name, value);
  if (!r) throw notFound();
  return { status: 200, body: withAttributes(type, live(org, type, r.Id)) };
}

/** `GET sobjects/{type}/{id}/{field}` of a base64 field: the bytes themselves. */
function blob(org: FakeOrg, typeName: string, id: string, field: string): Answer {
  const type = typeOf(org, typeName);
  const r = live(org, type, id);
  if (!base64Fields(type).some((f) => f.toLowerCase() === field.toLowerCase())) throw new FakeOrgError('NOT_FOUND', `${field} is not a blob field of ${type}`, 404);
  return { status: 200, bytes: org.store.fileBytes(r.Id) };
}
