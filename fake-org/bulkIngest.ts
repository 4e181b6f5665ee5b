import { methodNotAllowed, type Answer } from './Answer.js';
import { csvRow, parseCsv } from './bulkCsv.js';
import { ingestRow, keyIndex } from './bulkIngestRow.js';
import { abortJob, advance, bulkJobs, jobInfoHead, jobOf, setState, wrongState, type IngestJob, type IngestOutcome } from './bulkJobs.js';
import { jobSettings, parseJobBody, type BulkRoute } from './bulkJobSettings.js';
import { FakeOrgError } from './FakeOrgError.js';
import type { FakeOrg } from './FakeOrg.js';
import type { FieldSchema } from './schema.js';

const OPERATIONS = ['insert', 'update', 'upsert', 'delete', 'hardDelete'] as const;

/**
 * `jobs/ingest`: Bulk API 2.0 ingest jobs, as jsforce's `bulk2` drives them. `POST` creates a job
 * (`Open`), `PUT {id}/batches` takes its CSV (201; at most 150 MB once base64-encoded), `PATCH
 * {id}` closes it (`UploadComplete`) or aborts it, `GET {id}` polls it (taken up on one poll and
 * complete on the next, its rows written as its creator), `GET {id}/successfulResults`,
 * `failedResults` and `unprocessedrecords` give its rows as CSV, `DELETE {id}` removes it. A job
 * in the wrong state for a request answers 409 `INVALIDJOBSTATE`; an unknown id 404 `NOT_FOUND`.
 */
export function bulkIngest(org: FakeOrg): BulkRoute {
  return (method, parts, _params, body, version) => {
    const [id, sub] = parts;
    if (!id) {
      if (method === 'POST') return { status: 200, body: ingestInfo(create(org, body, version), false) };
      if (method === 'GET') return { status: 200, body: { done: true, records: visibleJobs(org).map((j) => ingestInfo(j, false)), nextRecordsUrl: null } };
      throw methodNotAllowed(method, ['GET', 'POST']);
    }
    const job = jobOf(org, 'ingest', id);
    if (sub === 'batches' && parts.length === 2) {
      if (method !== 'PUT') throw methodNotAllowed(method, ['PUT']);
      return upload(org, job, body);
    }
    if (sub && parts.length === 2) {
      if (method !== 'GET') throw methodNotAllowed(method, ['GET']);
      return results(job, sub);
    }
    if (parts.length > 1) throw new FakeOrgError('NOT_FOUND', 'The requested resource does not exist', 404, null);
    if (method === 'GET') return (advance(job, () => processJob(org, job), () => !!job.outcome?.failure), { status: 200, body: ingestInfo(job, true) });
    if (method === 'PATCH') return { status: 200, body: ingestInfo(patch(job, body), false) };
    if (method === 'DELETE') return remove(org, job);
    throw methodNotAllowed(method, ['GET', 'PATCH', 'DELETE']);
  };
}

/** The ingest jobs the current user may see (`jobOf`'s rule): its own, or all for an administrator. */
function visibleJobs(org: FakeOrg): IngestJob[] {
  const jobs = [...bulkJobs(org).jobs.values()].filter((j): j is IngestJob => j.kind === 'ingest');
  return jobs.filter((j) => {
    try {
      return jobOf(org, 'ingest', j.id) === j;
    } catch {
      return false;
    }
  });
}

function create(org: FakeOrg, body: string, version: string): IngestJob {
  const request = parseJobBody(body);
  const operation = request.operation as IngestJob['operation'];
  if (!OPERATIONS.includes(operation)) throw new FakeOrgError('INVALIDJOB', `InvalidJob : operation must be one of ${OPERATIONS.join(', ')}: ${String(request.operation)}`, 400, null);
  const settings = jobSettings(org, request, version);
  const job: IngestJob = { kind: 'ingest', operation, uploads: [], ...settings, object: objectOf(org, request.object) };
  if (operation === 'upsert') job.externalIdFieldName = externalIdOf(org, job.object, request.externalIdFieldName);
  bulkJobs(org).jobs.set(job.id, job);
  return job;
}

/** The object's schema name; `INVALIDJOB` for one the org lacks or the user may not read. */
function objectOf(org: FakeOrg, name: unknown): string {
  if (typeof name !== 'string' || !name) throw new FakeOrgError('INVALIDJOB', 'InvalidJob : object is required', 400, null);
  try {
    const object = org.store.describe(name).name;
    if (org.store.access && !org.store.access.objectPermission(object).read) throw new Error('not readable');
    return object;
  } catch {
    throw new FakeOrgError('INVALIDJOB', `InvalidJob : Unable to find object: ${name}`, 400, null);
  }
}

/** An upsert's key field in the schema's spelling: `Id` or an external id field; `INVALIDJOB` otherwise. */
function externalIdOf(org: FakeOrg, object: string, name: unknown): string {
  const field = typeof name === 'string' ? org.store.field(object, name) : undefined;
  if (!field || !(field.externalId || field.name === 'Id')) {
    throw new FakeOrgError('INVALIDJOB', `InvalidJob : externalIdFieldName must name Id or an external id field of ${object}: ${String(name ?? '(none)')}`, 400, null);
  }
  return field.name;
}

function upload(org: FakeOrg, job: IngestJob, body: string): Answer {
  if (job.state !== 'Open') throw wrongState(job, 'Uploading data');
  const base64Bytes = Math.ceil(new TextEncoder().encode(body).length / 3) * 4;
  const limit = bulkJobs(org).uploadLimitBytes;
  if (base64Bytes > limit) {
    throw new FakeOrgError('CLIENTINPUTERROR', `ClientInputError : the data of job ${job.id} is ${base64Bytes} bytes once base64-encoded, over the limit of ${limit}: split it into several jobs`, 413, null);
  }
  job.uploads.push(body);
  return { status: 201 };
}

function patch(job: IngestJob, body: string): IngestJob {
  const { state } = parseJobBody(body);
  if (state === 'UploadComplete') {
    if (job.state !== 'Open') throw wrongState(job, 'Closing the job');
    if (job.uploads.length > 1) {
      throw new FakeOrgError('INVALIDJOB', `Found multiple contents for job: <${job.id}>, please 'Close' / 'Abort' / 'Delete' the current Job then create a new Job and make sure you only do 'PUT' once on a given Job.`, 400, null);
    }
    setState(job, 'UploadComplete');
  } else if (state === 'Aborted') abortJob(job);
  else throw new FakeOrgError('INVALIDJOBSTATE', `InvalidJobState : a job's state can be set to UploadComplete or Aborted, not ${String(state)}`, 400, null);
  return job;
}

function remove(org: FakeOrg, job: IngestJob): Answer {
  if (job.state === 'Open' || job.state === 'InProgress') throw wrongState(job, 'Deleting the job');
  bulkJobs(org).jobs.delete(job.id);
  return { status: 204 };
}

/** Writes the job's rows as its creator; a CSV that cannot be read, or a column the object lacks, fails the job as a whole. */
function processJob(org: FakeOrg, job: IngestJob): void {
  org.asUser(job.createdById, () => {
    let rows: string[][];
    try {
      rows = parseCsv(job.uploads[0] ?? '', job);
    } catch (error) {
      if (!(error instanceof FakeOrgError)) throw error;
      job.outcome = { header: [], successful: [], failed: [], unprocessed: [], failure: error.message };
      return;
    }
    const [header = [], ...data] = rows;
    const outcome: IngestOutcome = { header, successful: [], failed: [], unprocessed: [] };
    job.outcome = outcome;
    const columns = header.map((name) => org.store.field(job.object, name));
    const missing = header.find((_, i) => !columns[i]);
    if (missing !== undefined || !header.length) {
      outcome.failure = header.length ? `InvalidBatch : Field name not found : ${missing}` : 'InvalidBatch : the job has no data';
      outcome.unprocessed = data;
      return;
    }
    const keys = job.operation === 'upsert' ? keyIndex(org, job.object, job.externalIdFieldName!) : undefined;
    for (const row of data) {
      const result = ingestRow(org, job, columns as FieldSchema[], row, keys);
      if (result.ok) outcome.successful.push({ id: result.id, created: result.created, row });
      else outcome.failed.push({ id: result.id, error: result.error, row });
    }
  });
}

function results(job: IngestJob, which: string): Answer {
  const kind = which.toLowerCase();
  if (!['successfulresults', 'failedresults', 'unprocessedrecords'].includes(kind)) throw new FakeOrgError('NOT_FOUND', 'The requested resource does not exist', 404, null);
  if (!['JobComplete', 'Failed', 'Aborted'].includes(job.state)) throw wrongState(job, 'Reading results');
  const header = job.outcome?.header ?? parseCsv(job.uploads[0] ?? '', job)[0] ?? [];
  let csv: string;
  if (kind === 'successfulresults') csv = csvRow(['sf__Id', 'sf__Created', ...header], job) + (job.outcome?.successful ?? []).map((r) => csvRow([r.id, String(r.created), ...r.row], job)).join('');
  else if (kind === 'failedresults') csv = csvRow(['sf__Id', 'sf__Error', ...header], job) + (job.outcome?.failed ?? []).map((r) => csvRow([r.id, r.error, ...r.row], job)).join('');
  else csv = csvRow(header, job) + unprocessed(job).map((r) => csvRow(r, job)).join('');
  return { status: 200, text: { contentType: 'text/csv', content: csv } };
}

/** Rows never processed: those of a job aborted before it was taken up, or of one that failed as a whole. */
function unprocessed(job: IngestJob): string[][] {
  if (job.outcome) return job.outcome.unprocessed;
  return parseCsv(job.uploads[0] ?? '', job).slice(1);
}

/** A job's info as Salesforce answers it: on create and close the job's settings; on a poll its counts too. */
function ingestInfo(job: IngestJob, full: boolean): Record<string, unknown> {
  const info = {
    ...jobInfoHead(job),
    ...(job.externalIdFieldName ? { externalIdFieldName: job.externalIdFieldName } : {}),
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: job.apiVersion,
    contentUrl: `services/data/v${job.apiVersion.toFixed(1)}/jobs/ingest/${job.id}/batches`,
    lineEnding: job.lineEnding,
    columnDelimiter: job.columnDelimiter,
  };
  if (!full) return info;
  const o = job.outcome;
  const counts = { numberRecordsProcessed: o ? o.successful.length + o.failed.length : 0, numberRecordsFailed: o?.failed.length ?? 0 };
  const times = { retries: 0, totalProcessingTime: 0, apiActiveProcessingTime: 0, apexProcessingTime: 0 };
  return { ...info, jobType: 'V2Ingest', ...counts, ...(job.state === 'Failed' && o?.failure ? { errorMessage: o.failure } : {}), ...times };
}
