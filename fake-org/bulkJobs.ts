import { notFound } from './Answer.js';
import type { CsvDialect } from './bulkCsv.js';
import { FakeOrgError } from './FakeOrgError.js';
import type { FakeOrg } from './FakeOrg.js';
import { recordId } from './recordId.js';

/** A Bulk API 2.0 job's state, as Salesforce names them. */
export type JobState = 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';

/** What an ingest job did with each row once processed. */
export interface IngestOutcome {
  /** The uploaded CSV's header, as uploaded. */
  header: string[];
  successful: { id: string; created: boolean; row: string[] }[];
  failed: { id: string; error: string; row: string[] }[];
  /** Rows never processed (a job that failed as a whole, or was aborted first). */
  unprocessed: string[][];
  /** Why the job failed as a whole (`errorMessage`), if it did. */
  failure?: string;
}

/** What every job has: its id, creator, dates, state and CSV dialect. */
interface JobBase extends CsvDialect {
  id: string;
  object: string;
  createdById: string;
  createdDate: string;
  systemModstamp: string;
  state: JobState;
  apiVersion: number;
}

/** An ingest job: its operation, the CSV uploaded, and once processed its outcome. */
export interface IngestJob extends JobBase {
  kind: 'ingest';
  operation: 'insert' | 'update' | 'upsert' | 'delete' | 'hardDelete';
  externalIdFieldName?: string;
  uploads: string[];
  outcome?: IngestOutcome;
}

/** A query job: its SOQL, and the result's columns and records (the REST shape, parents nested). */
export interface QueryJob extends JobBase {
  kind: 'query';
  operation: 'query' | 'queryAll';
  query: string;
  columns: string[];
  records: Record<string, unknown>[];
}

/** Either kind of job. */
export type BulkJob = IngestJob | QueryJob;

/**
 * The Bulk API 2.0 side of one fake org: its jobs by id, and two settings a test may change: the
 * rows of a query result page when the client names no `maxRecords`, and the upload limit.
 */
export interface BulkJobs {
  jobs: Map<string, BulkJob>;
  created: number;
  /** Rows per results page without `maxRecords` (Salesforce picks its own; this is the fake org's). */
  queryPageSize: number;
  /** Most bytes one upload may hold once base64-encoded, as Salesforce counts it: 150 MB. */
  uploadLimitBytes: number;
}

/** Rows per query results page when the request names no `maxRecords` (tests lower it through `bulkJobs(org)`). */
export const BULK_QUERY_PAGE = 50_000;

/** Salesforce's limit on one upload: 150 MB of base64-encoded content (about 100 MB of CSV). */
export const BULK_UPLOAD_LIMIT = 150 * 1024 * 1024;

const byOrg = new WeakMap<FakeOrg, BulkJobs>();

/** The Bulk API 2.0 jobs and settings of an org (made the first time it is asked). */
export function bulkJobs(org: FakeOrg): BulkJobs {
  let jobs = byOrg.get(org);
  if (!jobs) byOrg.set(org, (jobs = { jobs: new Map(), created: 0, queryPageSize: BULK_QUERY_PAGE, uploadLimitBytes: BULK_UPLOAD_LIMIT }));
  return jobs;
}

/** A new job id (`750…`, as Salesforce's job ids start). */
export function newJobId(org: FakeOrg): string {
  return recordId('750', ++bulkJobs(org).created);
}

/** A date-time as Salesforce writes a job's dates (`2024-01-03T23:52:01.000+0000`). */
export function jobTime(ms = Date.now()): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/**
 * A job of this kind the current user may act on: its own, or any for an administrator (Modify All
 * Data, which holds Salesforce's Manage Data Integrations). 404 `NOT_FOUND` otherwise, as for an
 * id the org never gave.
 */
export function jobOf<K extends BulkJob['kind']>(org: FakeOrg, kind: K, id: string): Extract<BulkJob, { kind: K }> {
  const job = bulkJobs(org).jobs.get(id);
  const access = org.store.access;
  const mine = !access || job?.createdById === access.userId || access.hasUserPermission('ModifyAllData');
  if (!job || job.kind !== kind || !mine) throw notFound();
  return job as Extract<BulkJob, { kind: K }>;
}

/** Sets a job's state (its `systemModstamp` too). */
export function setState(job: BulkJob, state: JobState): void {
  job.state = state;
  job.systemModstamp = jobTime();
}

/** Aborts a job not yet finished (`Aborted`); 409 `INVALIDJOBSTATE` for one complete, failed or aborted already. */
export function abortJob(job: BulkJob): void {
  if (job.state === 'JobComplete' || job.state === 'Failed' || job.state === 'Aborted') throw wrongState(job, 'Aborting the job');
  setState(job, 'Aborted');
}

/** What a job's info begins with, in Salesforce's order, for either kind: id, operation, object, creator, dates, state. */
export function jobInfoHead(job: BulkJob): Record<string, unknown> {
  const { id, operation, object, createdById, createdDate, systemModstamp, state } = job;
  return { id, operation, object, createdById, createdDate, systemModstamp, state };
}

/** 409 `INVALIDJOBSTATE`: what the job's state does not allow, naming the job and its state. */
export function wrongState(job: BulkJob, what: string): FakeOrgError {
  return new FakeOrgError('INVALIDJOBSTATE', `${what} is not allowed for job ${job.id} in state ${job.state}`, 409, null);
}

/**
 * One poll's worth of work, as Salesforce's queue does it between polls: a closed job is taken
 * up (`InProgress`, its work done now by `work`) on one poll and finished (`JobComplete`, or
 * `Failed`) on the next, so a client's polling loop runs at least twice.
 */
export function advance(job: BulkJob, work: () => void, failed: () => boolean): void {
  if (job.state === 'UploadComplete') {
    work();
    setState(job, 'InProgress');
  } else if (job.state === 'InProgress') setState(job, failed() ? 'Failed' : 'JobComplete');
}
