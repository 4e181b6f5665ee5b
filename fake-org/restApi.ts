import { FakeOrgError } from './FakeOrgError.js';
import { FAKE_API_VERSION, type FakeOrg } from './FakeOrg.js';
import { runQuery } from './soql/index.js';
import type { SRecord } from './OrgStore.js';

/** Records per query page, as Salesforce's default batch size. */
export const QUERY_BATCH = 2000;

/** Subrequests a composite request may hold, as Salesforce's limit. */
export const COMPOSITE_LIMIT = 25;

/** Records a `composite/sobjects` request may hold. */
export const COLLECTION_LIMIT = 200;

type Json = unknown;
interface Answer {
  status: number;
  body?: Json;
  /** A binary answer (a file's bytes), sent as `application/octet-stream`. */
  bytes?: Uint8Array<ArrayBuffer>;
}

/**
 * The fake org's REST API as one function from a `Request` to a `Response`, for msw handlers and
 * the HTTP server alike. Answers under `/services/data/vXX.X/`: `query` and `queryAll` (pages of
 * 2,000 with `nextRecordsUrl`), `sobjects/{type}[/{id}]` (create, read, update, delete), `composite`
 * (with `allOrNone` and `@{ref.field}` references), `composite/sobjects` and `limits`; errors are
 * Salesforce-shaped. Any bearer token is accepted unless a fault says otherwise.
 */
export function restApi(org: FakeOrg): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const match = /^\/services\/data\/v(\d+\.\d+)(\/.*)?$/.exec(url.pathname);
    const path = (match?.[2] ?? url.pathname) + url.search;
    if (org.faults.latencyMs) await new Promise((r) => setTimeout(r, org.faults.latencyMs));
    const answer = await answerRequest(org, request, match, url);
    org.requests.push({ method: request.method, path, status: answer.status });
    if (answer.status === 503 && typeof answer.body === 'string') {
      return new Response(answer.body, { status: 503, headers: { 'content-type': 'text/html' } });
    }
    if (answer.bytes) return new Response(answer.bytes, { status: answer.status, headers: { 'content-type': 'application/octet-stream' } });
    return answer.body === undefined
      ? new Response(null, { status: answer.status })
      : new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json;charset=UTF-8' } });
  };
}

async function answerRequest(org: FakeOrg, request: Request, match: RegExpExecArray | null, url: URL): Promise<Answer> {
  if (org.fire('htmlError')) return { status: 503, body: '<html><head><title>Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>' };
  if (!/^Bearer \S+/.test(request.headers.get('authorization') ?? '') || org.fire('expiredSession')) {
    return { status: 401, body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }] };
  }
  if (org.fire('requestLimit')) {
    return { status: 403, body: [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }] };
  }
  if (!match) return notFound();
  let body: Json;
  if (request.method === 'POST' || request.method === 'PATCH') {
    try {
      body = await request.json();
    } catch {
      return { status: 400, body: [{ errorCode: 'JSON_PARSER_ERROR', message: 'The request body is not valid JSON' }] };
    }
  }
  try {
    return route(org, request.method, match[2] ?? '/', url.searchParams, body);
  } catch (error) {
    if (error instanceof FakeOrgError) return { status: error.status, body: error.body() };
    throw error;
  }
}

/** One REST call, by method and path under the version; also what composite subrequests run. */
function route(org: FakeOrg, method: string, path: string, params: URLSearchParams, body: Json): Answer {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [resource, a, b] = parts;
  if (method === 'GET' && (resource === 'query' || resource === 'queryAll') && parts.length === 1) {
    const q = params.get('q');
    if (!q) throw new FakeOrgError('MALFORMED_QUERY', 'A query string is required (q)', 400);
    return { status: 200, body: firstPage(org, runQuery(org.store, q, { includeDeleted: resource === 'queryAll' })) };
  }
  if (method === 'GET' && (resource === 'query' || resource === 'queryAll') && a) return { status: 200, body: nextPage(org, a) };
  if (method === 'GET' && resource === 'limits') {
    const used = org.requests.length;
    return { status: 200, body: { DailyApiRequests: { Max: org.dailyApiRequests, Remaining: Math.max(0, org.dailyApiRequests - used) } } };
  }
  if (resource === 'sobjects' && a) {
    const type = org.store.describe(a).name;
    const [, , , field] = parts;
    if (method === 'GET' && b && field && parts.length === 4) return blob(org, type, b, field);
    if (method === 'POST' && !b) return created(create(org, type, body));
    if (method === 'GET' && b) return { status: 200, body: withAttributes(type, live(org, type, b)) };
    if (method === 'PATCH' && b) return write(org, () => (org.store.update(type, b, asObject(body)), { status: 204 }));
    if (method === 'DELETE' && b) return write(org, () => (org.store.delete(type, b), { status: 204 }));
  }
  if (method === 'POST' && resource === 'composite' && a === 'sobjects') return collection(org, body);
  if (method === 'POST' && resource === 'composite' && !a) return composite(org, body);
  return notFound();
}

function notFound(): Answer {
  return { status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] };
}

function asObject(body: Json): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new FakeOrgError('JSON_PARSER_ERROR', 'Expected a JSON object', 400);
  return body as Record<string, unknown>;
}

function created(record: SRecord): Answer {
  return { status: 201, body: { id: record.Id, success: true, errors: [] } };
}

/** A write, failing first when a lock fault is armed. */
function write<T>(org: FakeOrg, work: () => T): T {
  if (org.fire('lockedRows')) throw new FakeOrgError('UNABLE_TO_LOCK_ROW', 'unable to obtain exclusive access to this record or 1 records', 400);
  return work();
}

function create(org: FakeOrg, type: string, body: Json): SRecord {
  return write(org, () => org.store.create(type, asObject(body)));
}

function live(org: FakeOrg, type: string, id: string): SRecord {
  const r = org.store.get(id);
  if (!r || r.IsDeleted || org.store.objectOf(id) !== type) throw new FakeOrgError('NOT_FOUND', 'The requested resource does not exist', 404);
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

/** `GET sobjects/{type}/{id}/{field}` of a base64 field: the bytes themselves. */
function blob(org: FakeOrg, type: string, id: string, field: string): Answer {
  const r = live(org, type, id);
  if (!base64Fields(type).some((f) => f.toLowerCase() === field.toLowerCase())) throw new FakeOrgError('NOT_FOUND', `${field} is not a blob field of ${type}`, 404);
  return { status: 200, bytes: org.store.fileBytes(r.Id) };
}

/** The first page of a query; the rest waits under a cursor. */
function firstPage(org: FakeOrg, result: { totalSize: number; records: Record<string, unknown>[] }) {
  if (result.records.length <= QUERY_BATCH) return { totalSize: result.totalSize, done: true, records: result.records };
  const locator = `01g${String(org.cursors.size + 1).padStart(15, '0')}`;
  org.cursors.set(locator, result);
  return page(locator, result, 0);
}

function nextPage(org: FakeOrg, cursor: string) {
  const [locator, offset] = cursor.split('-');
  const result = locator ? org.cursors.get(locator) : undefined;
  if (!result || !/^\d+$/.test(offset ?? '')) throw new FakeOrgError('INVALID_QUERY_LOCATOR', 'invalid query locator', 400);
  return page(locator!, result, Number(offset));
}

function page(locator: string, result: { totalSize: number; records: Record<string, unknown>[] }, offset: number) {
  const end = offset + QUERY_BATCH;
  const done = end >= result.records.length;
  return {
    totalSize: result.totalSize,
    done,
    ...(done ? {} : { nextRecordsUrl: `/services/data/v${FAKE_API_VERSION}/query/${locator}-${end}` }),
    records: result.records.slice(offset, end),
  };
}

/** `composite/sobjects`: create up to 200 records of any types, all or none. */
function collection(org: FakeOrg, body: Json): Answer {
  const { allOrNone = false, records } = asObject(body) as { allOrNone?: boolean; records?: unknown };
  if (!Array.isArray(records)) throw new FakeOrgError('JSON_PARSER_ERROR', 'records: expected an array', 400);
  if (records.length > COLLECTION_LIMIT) throw new FakeOrgError('EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${COLLECTION_LIMIT} records into this call`, 400);
  const results: { id: string | null; success: boolean; errors: ReturnType<FakeOrgError['body']> }[] = [];
  const attempt = () => {
    for (const raw of records) {
      const fields = asObject(raw);
      const type = (fields.attributes as { type?: string } | undefined)?.type;
      try {
        if (!type) throw new FakeOrgError('INVALID_TYPE', 'Each record needs attributes.type', 400);
        const r = create(org, org.store.describe(type).name, fields);
        results.push({ id: r.Id, success: true, errors: [] });
      } catch (error) {
        if (!(error instanceof FakeOrgError)) throw error;
        results.push({ id: null, success: false, errors: error.body().map((e) => ({ statusCode: e.errorCode, message: e.message, fields: e.fields })) as never });
        if (allOrNone) throw new RolledBack();
      }
    }
  };
  if (!allOrNone) {
    attempt();
    return { status: 200, body: results };
  }
  try {
    org.store.transaction(attempt);
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    const rolledBack = { statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK', message: 'Record rolled back because not all records were valid and the request was using AllOrNone header', fields: [] };
    return { status: 200, body: records.map((_, i) => (results[i] && !results[i]!.success ? results[i] : { id: null, success: false, errors: [rolledBack] })) };
  }
  return { status: 200, body: results };
}

class RolledBack extends Error {}

interface SubRequest {
  method: string;
  url: string;
  referenceId: string;
  body?: Json;
}

/** `composite`: up to 25 subrequests in order, later ones referring to earlier results; `allOrNone` rolls all back on a failure. */
function composite(org: FakeOrg, body: Json): Answer {
  const { allOrNone = false, compositeRequest } = asObject(body) as { allOrNone?: boolean; compositeRequest?: SubRequest[] };
  if (!Array.isArray(compositeRequest)) throw new FakeOrgError('JSON_PARSER_ERROR', 'compositeRequest: expected an array', 400);
  if (compositeRequest.length > COMPOSITE_LIMIT) throw new FakeOrgError('LIMIT_EXCEEDED', `Composite request can't have more than ${COMPOSITE_LIMIT} subrequests`, 400);
  const results = new Map<string, Json>();
  const out: { body: Json; httpHeaders: Record<string, string>; httpStatusCode: number; referenceId: string }[] = [];
  let failedAt = -1;
  const run = () => {
    compositeRequest.forEach((sub, i) => {
      if (failedAt >= 0) return;
      let answer: Answer;
      try {
        const url = new URL(resolveRefs(sub.url, results) as string, 'https://fake.invalid');
        const m = /^\/services\/data\/v\d+\.\d+(\/.*)$/.exec(url.pathname);
        if (!m) throw new FakeOrgError('NOT_FOUND', `The requested resource does not exist: ${sub.url}`, 404);
        answer = route(org, sub.method.toUpperCase(), m[1]!, url.searchParams, resolveRefs(sub.body, results));
      } catch (error) {
        if (!(error instanceof FakeOrgError)) throw error;
        answer = { status: error.status, body: error.body() };
      }
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
  if (failedAt >= 0) {
    const halted = [{ errorCode: 'PROCESSING_HALTED', message: 'The transaction was rolled back since another operation in the same transaction failed.' }];
    return {
      status: 200,
      body: {
        compositeResponse: compositeRequest.map((sub, i) =>
          i === failedAt ? out[i]! : { body: halted, httpHeaders: {}, httpStatusCode: 400, referenceId: sub.referenceId },
        ),
      },
    };
  }
  return { status: 200, body: { compositeResponse: out } };
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
