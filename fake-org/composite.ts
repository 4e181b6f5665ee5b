import { asObject, type Answer, type Json } from './Answer.js';
import { FakeOrgError } from './FakeOrgError.js';
import type { FakeOrg } from './FakeOrg.js';
import type { SRecord } from './OrgStore.js';

/** Subrequests a composite request may hold, as Salesforce's limit. */
export const COMPOSITE_LIMIT = 25;

/** Of those, how many may be queries (`query`, `queryAll`, a next page) or sObject Collections, as Salesforce's limit. */
export const COMPOSITE_QUERY_LIMIT = 5;

/** Records a `composite/sobjects` request may hold. */
export const COLLECTION_LIMIT = 200;

/** One REST call by method and path under the version: what a subrequest runs. */
export type Route = (method: string, path: string, params: URLSearchParams, body: Json) => Answer;

interface SubRequest {
  method: string;
  url: string;
  referenceId: string;
  body?: Json;
}

type SaveResult = { id: string | null; success: boolean; errors: { statusCode: string; message: string; fields: string[] }[] };

class RolledBack extends Error {}

/**
 * `composite/sobjects`: create (POST) or update (PATCH, each record with its `id`) up to 200 records
 * of any types, all or none (`EXCEEDED_ID_LIMIT` past 200, in Salesforce's words). `create` saves
 * one record as the request's user (makes it, or updates it for a PATCH).
 */
export function collection(body: Json, store: FakeOrg['store'], create: (type: string, fields: Record<string, unknown>) => SRecord): Answer {
  const { allOrNone = false, records } = asObject(body) as { allOrNone?: boolean; records?: unknown };
  if (!Array.isArray(records)) throw new FakeOrgError('JSON_PARSER_ERROR', 'records: expected an array', 400);
  if (records.length > COLLECTION_LIMIT) throw new FakeOrgError('EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${COLLECTION_LIMIT} records into this call`, 400);
  const results: SaveResult[] = [];
  const attempt = () => {
    for (const raw of records) {
      const fields = asObject(raw);
      const type = (fields.attributes as { type?: string } | undefined)?.type;
      try {
        if (!type) throw new FakeOrgError('INVALID_TYPE', 'Each record needs attributes.type', 400);
        results.push({ id: create(type, fields).Id, success: true, errors: [] });
      } catch (error) {
        if (!(error instanceof FakeOrgError)) throw error;
        results.push({ id: null, success: false, errors: error.body().map((e) => ({ statusCode: e.errorCode, message: e.message, fields: e.fields ?? [] })) });
        if (allOrNone) throw new RolledBack();
      }
    }
  };
  if (!allOrNone) return (attempt(), { status: 200, body: results });
  try {
    store.transaction(attempt);
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    const rolledBack = { statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK', message: 'Record rolled back because not all records were valid and the request was using AllOrNone header', fields: [] };
    return { status: 200, body: records.map((_, i) => (results[i] && !results[i]!.success ? results[i] : { id: null, success: false, errors: [rolledBack] })) };
  }
  return { status: 200, body: results };
}

/**
 * `composite`: up to 25 subrequests in order, of which at most 5 queries or sObject Collections,
 * later ones referring to earlier results; `allOrNone` rolls all back on a failure. A request past
 * a limit runs nothing and answers one `LIMIT_EXCEEDED` result, as Salesforce does.
 */
export function composite(org: FakeOrg, body: Json, route: Route): Answer {
  const { allOrNone = false, compositeRequest } = asObject(body) as { allOrNone?: boolean; compositeRequest?: SubRequest[] };
  if (!Array.isArray(compositeRequest)) throw new FakeOrgError('JSON_PARSER_ERROR', 'compositeRequest: expected an array', 400);
  const overLimit = limitExceeded(compositeRequest);
  if (overLimit) return { status: 200, body: { compositeResponse: [{ body: [{ errorCode: 'LIMIT_EXCEEDED', message: overLimit }], httpHeaders: {}, httpStatusCode: 400, referenceId: null }] } };
  const results = new Map<string, Json>();
  const out: { body: Json; httpHeaders: Record<string, string>; httpStatusCode: number; referenceId: string }[] = [];
  let failedAt = -1;
  const run = () => {
    compositeRequest.forEach((sub, i) => {
      if (failedAt >= 0) return;
      const answer = subrequest(sub, results, route);
      const failed = answer.status >= 400 || (Array.isArray(answer.body) && answer.body.some((r) => (r as { success?: boolean }).success === false));
      out.push({ body: answer.body ?? null, httpHeaders: {}, httpStatusCode: answer.status, referenceId: sub.referenceId });
      if (answer.body !== undefined) results.set(sub.referenceId, answer.body);
      if (failed && allOrNone) {
        failedAt = i;
        throw new RolledBack();
      }
    });
  };
  try {
    if (allOrNone) org.store.transaction(run);
    else run();
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  if (failedAt < 0) return { status: 200, body: { compositeResponse: out } };
  const halted = [{ errorCode: 'PROCESSING_HALTED', message: 'The transaction was rolled back since another operation in the same transaction failed.' }];
  return {
    status: 200,
    body: { compositeResponse: compositeRequest.map((sub, i) => (i === failedAt ? out[i]! : { body: halted, httpHeaders: {}, httpStatusCode: 400, referenceId: sub.referenceId })) },
  };
}

/** The message of the limit a composite request breaks, or null. */
function limitExceeded(subrequests: readonly SubRequest[]): string | null {
  if (subrequests.length > COMPOSITE_LIMIT) return `The request can’t contain more than ${COMPOSITE_LIMIT} operations.`;
  const heavy = subrequests.filter((s) => /^\/services\/data\/v\d+\.\d+\/(query|queryAll|composite\/sobjects)(\/|\?|$)/.test(String(s?.url ?? ''))).length;
  if (heavy > COMPOSITE_QUERY_LIMIT) return `The request can’t contain more than ${COMPOSITE_QUERY_LIMIT} query or sObject Collections operations (it has ${heavy}).`;
  return null;
}

function subrequest(sub: SubRequest, results: ReadonlyMap<string, Json>, route: Route): Answer {
  try {
    const url = new URL(resolveRefs(sub.url, results) as string, 'https://fake.invalid');
    const m = /^\/services\/data\/v\d+\.\d+(\/.*)$/.exec(url.pathname);
    if (!m) throw new FakeOrgError('NOT_FOUND', `The requested resource does not exist: ${sub.url}`, 404);
    return route(String(sub.method).toUpperCase(), m[1]!, url.searchParams, resolveRefs(sub.body, results));
  } catch (error) {
    if (!(error instanceof FakeOrgError)) throw error;
    return { status: error.status, body: error.body() };
  }
}

/** Replaces `@{ref.field}` (and `@{ref[0].id}`) in strings, deep in a body, by earlier results. */
function resolveRefs(value: Json, results: ReadonlyMap<string, Json>): Json {
  if (typeof value === 'string') {
    return value.replace(/@\{([A-Za-z0-9_]+)((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}/g, (whole, ref: string, path: string) => {
      let v: unknown = results.get(ref);
      if (v === undefined) throw new FakeOrgError('INVALID_REFERENCE', `Invalid reference specified. No value for ${whole} found in ${ref}.`, 400);
      for (const step of path.match(/\.[A-Za-z0-9_]+|\[\d+\]/g) ?? []) {
        v = step.startsWith('[') ? (v as unknown[])[Number(step.slice(1, -1))] : (v as Record<string, unknown>)?.[step.slice(1)];
      }
      if (v === undefined || v === null) throw new FakeOrgError('INVALID_REFERENCE', `Invalid reference specified. No value for ${whole} found in ${ref}.`, 400);
      return String(v);
    });
  }
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, results));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, results)]));
  return value;
}
