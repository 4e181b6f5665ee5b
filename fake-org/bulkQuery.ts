import { parseQuery, type FieldType, type Query } from '@jetstreamapp/soql-parser-js';
import { methodNotAllowed, type Answer } from './Answer.js';
import { csvRow } from './bulkCsv.js';
import { abortJob, advance, bulkJobs, jobInfoHead, jobOf, wrongState, type QueryJob } from './bulkJobs.js';
import { jobSettings, parseJobBody, type BulkRoute } from './bulkJobSettings.js';
import { FakeOrgError } from './FakeOrgError.js';
import type { FakeOrg } from './FakeOrg.js';
import type { OrgStore } from './OrgStore.js';
import { runQuery } from './soql/index.js';

/**
 * `jobs/query`: Bulk API 2.0 query jobs. `POST` creates one (`UploadComplete`; its SOQL checked
 * and run now as the user, with the REST API's sharing, so a bad query answers 400 at once),
 * `GET {id}` polls it (`InProgress`, then `JobComplete`), `GET {id}/results?locator=&maxRecords=`
 * gives a page of rows as CSV with the `Sforce-NumberOfRecords` and `Sforce-Locator` headers (the
 * next page's locator, `null` after the last), `PATCH {id}` aborts it, `DELETE {id}` removes it.
 * What Bulk API 2.0 refuses (GROUP BY, aggregates, OFFSET, TYPEOF, parent-to-child subqueries) is
 * refused.
 */
export function bulkQuery(org: FakeOrg): BulkRoute {
  return (method, parts, params, body, version) => {
    const [id, sub] = parts;
    if (!id) {
      if (method !== 'POST') throw methodNotAllowed(method, ['POST']);
      return { status: 200, body: queryInfo(create(org, body, version), false) };
    }
    const job = jobOf(org, 'query', id);
    if (sub === 'results' && parts.length === 2) {
      if (method !== 'GET') throw methodNotAllowed(method, ['GET']);
      return resultsPage(org, job, params);
    }
    if (parts.length > 1) throw new FakeOrgError('NOT_FOUND', 'The requested resource does not exist', 404, null);
    if (method === 'GET') return (advance(job, () => {}, () => false), { status: 200, body: queryInfo(job, true) });
    if (method === 'PATCH') return { status: 200, body: queryInfo(abort(job, body), false) };
    if (method === 'DELETE') {
      if (job.state === 'InProgress') throw wrongState(job, 'Deleting the job');
      bulkJobs(org).jobs.delete(job.id);
      return { status: 204 };
    }
    throw methodNotAllowed(method, ['GET', 'PATCH', 'DELETE']);
  };
}

function create(org: FakeOrg, body: string, version: string): QueryJob {
  const request = parseJobBody(body);
  const { operation = 'query', query } = request;
  if (operation !== 'query' && operation !== 'queryAll') throw new FakeOrgError('INVALIDJOB', `InvalidJob : operation must be query or queryAll: ${String(operation)}`, 400, null);
  if (typeof query !== 'string' || !query.trim()) throw new FakeOrgError('INVALIDJOB', 'InvalidJob : query is required', 400, null);
  const settings = jobSettings(org, request, version);
  let parsed: Query | undefined;
  try {
    parsed = parseQuery(query);
  } catch {
    // runQuery says what is wrong with it, in Salesforce's words
  }
  if (parsed) refuseUnsupported(parsed);
  const result = runQuery(org.store, query, { includeDeleted: operation === 'queryAll', access: org.store.access ?? undefined });
  parsed ??= parseQuery(query);
  const object = org.store.describe(parsed.sObject!).name;
  const job: QueryJob = { kind: 'query', operation, query, ...settings, state: 'UploadComplete', object, columns: columnsOf(org.store, object, parsed.fields ?? []), records: result.records };
  bulkJobs(org).jobs.set(job.id, job);
  return job;
}

/** What Bulk API 2.0 does not run: GROUP BY, aggregate functions, OFFSET, TYPEOF and parent-to-child subqueries. */
function refuseUnsupported(query: Query): void {
  const fields = query.fields ?? [];
  const what = query.groupBy
    ? 'GROUP BY'
    : query.offset !== undefined
      ? 'OFFSET'
      : fields.some((f) => f.type === 'FieldFunctionExpression')
        ? 'Aggregate functions'
        : fields.some((f) => f.type === 'FieldTypeof')
          ? 'TYPEOF'
          : fields.some((f) => f.type === 'FieldSubquery')
            ? 'Parent-to-child relationship queries'
            : undefined;
  if (what) throw new FakeOrgError('FEATURENOTENABLED', `FeatureNotEnabled : ${what} not supported in Bulk API 2.0 queries`, 400, null);
}

/** The result's column names in select order, as Salesforce heads them: schema spelling, parents by relationship (`Product2.ProductCode`). */
function columnsOf(store: OrgStore, object: string, fields: FieldType[]): string[] {
  return fields.map((f) => {
    const parts = f.type === 'FieldRelationship' ? [...f.relationships, f.field] : [(f as { field: string }).field];
    const names: string[] = [];
    let at = object;
    for (const part of parts.slice(0, -1)) {
      const lookup = store.describe(at).fields.find((x) => x.relationshipName?.toLowerCase() === part.toLowerCase())!;
      names.push(lookup.relationshipName!);
      at = lookup.referenceTo!;
    }
    return [...names, store.field(at, parts[parts.length - 1]!)!.name].join('.');
  });
}

function abort(job: QueryJob, body: string): QueryJob {
  const { state } = parseJobBody(body);
  if (state !== 'Aborted') throw new FakeOrgError('INVALIDJOBSTATE', `InvalidJobState : a query job's state can only be set to Aborted, not ${String(state)}`, 400, null);
  abortJob(job);
  return job;
}

/** One page of a complete job's rows from the locator (the start when none), at most `maxRecords` (else the org's page size). */
function resultsPage(org: FakeOrg, job: QueryJob, params: URLSearchParams): Answer {
  if (job.state !== 'JobComplete') throw wrongState(job, 'Reading results');
  const max = params.get('maxRecords');
  if (max !== null && !/^[1-9]\d*$/.test(max)) throw new FakeOrgError('INVALIDPARAMETER', `maxRecords must be a whole number above 0: ${max}`, 400, null);
  const size = max === null ? bulkJobs(org).queryPageSize : Number(max);
  const start = offsetOf(params.get('locator'), job.records.length);
  const end = Math.min(start + size, job.records.length);
  let csv = csvRow(job.columns, job);
  for (let i = start; i < end; i++) csv += csvRow(job.columns.map((c) => cell(job.records[i]!, c)), job);
  const headers = { 'Sforce-NumberOfRecords': String(end - start), 'Sforce-Locator': end < job.records.length ? btoa(String(end)) : 'null' };
  return { status: 200, text: { contentType: 'text/csv', content: csv }, headers };
}

/** Where a locator starts (locators are the base64 of an offset, like Salesforce's `MTAwMDA`); `INVALID_QUERY_LOCATOR` for one the org never gave. */
function offsetOf(locator: string | null, total: number): number {
  if (locator === null || locator === '') return 0;
  let offset = NaN;
  try {
    offset = Number(atob(locator));
  } catch {
    // not base64: refused below
  }
  if (!Number.isInteger(offset) || offset <= 0 || offset >= total) throw new FakeOrgError('INVALID_QUERY_LOCATOR', `invalid query locator: ${locator}`, 400, null);
  return offset;
}

/** A value of the REST-shaped record by column (`Product2.ProductCode`), as CSV text: empty for null. */
function cell(record: Record<string, unknown>, column: string): string {
  let value: unknown = record;
  for (const part of column.split('.')) value = value === null || typeof value !== 'object' ? null : (value as Record<string, unknown>)[part];
  return value === null || value === undefined ? '' : String(value);
}

/** A query job's info as Salesforce answers it; a poll adds the job type and counts. */
function queryInfo(job: QueryJob, full: boolean): Record<string, unknown> {
  const info = {
    ...jobInfoHead(job),
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: job.apiVersion,
    lineEnding: job.lineEnding,
    columnDelimiter: job.columnDelimiter,
  };
  const processed = job.state === 'JobComplete' ? job.records.length : 0;
  return full ? { ...info, jobType: 'V2Query', numberRecordsProcessed: processed, retries: 0, totalProcessingTime: 0 } : info;
}
