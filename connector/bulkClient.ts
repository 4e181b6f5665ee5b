import type { Connection } from 'jsforce';
import { ConnectorError } from './ConnectorError.js';
import { parseCsv } from './parseCsv.js';
import type { Soql } from './soql.js';
import { toConnectorError } from './toConnectorError.js';

/** How long Bulk API 2.0 jobs are waited for. */
export interface BulkOptions {
  /** Between two polls of a job's state, ms (Salesforce processes jobs in the background: seconds to minutes). */
  pollIntervalMs: number;
  /** Longest wait for one job, ms: then it fails naming the job, which Salesforce may still finish. */
  pollTimeoutMs: number;
  /** Rows per results page of a query job (Salesforce's `maxRecords`). */
  queryPageRows: number;
  /**
   * The most CSV characters one ingest job is sent. Salesforce takes at most 150 MB of base64 per
   * upload, which it says is about 100 MB of CSV; 90 million characters leave room for multi-byte
   * characters (product codes are ASCII, JSON escapes the rest).
   */
  ingestJobChars: number;
}

/** Polls every second (jsforce's own default) for at most 30 min (a nightly job of millions of lines); query results by 50,000 rows (about 10 MB of CSV a page). */
export const DEFAULT_BULK: BulkOptions = { pollIntervalMs: 1_000, pollTimeoutMs: 30 * 60_000, queryPageRows: 50_000, ingestJobChars: 90_000_000 };

/** One row Bulk API 2.0 could not write: the row as sent, Salesforce's error code, message and fields. */
export interface BulkFailure {
  row: Record<string, string>;
  errorCode: string;
  message: string;
  fields: string[];
}

/** What an upsert job did: rows created and updated, and every row not written (failed, or never processed when the job failed). */
export interface BulkUpsertResult {
  created: number;
  updated: number;
  failed: BulkFailure[];
}

/** The Bulk API 2.0 requests the connector makes. */
export interface BulkClient {
  /** Every row of a query job, CSV cells as text (relationship columns dotted: `Order.AccountId`), read page by page through `Sforce-Locator`. */
  query(q: Soql, onPage?: (rowsSoFar: number) => void): Promise<Record<string, string>[]>;
  /** The options it runs with. */
  readonly options: BulkOptions;
  /** Upserts rows on an external id in one ingest job (jsforce `bulk2.loadAndWaitForResults`): not all-or-none, failures per row. */
  upsert(object: string, externalIdField: string, rows: Record<string, string>[]): Promise<BulkUpsertResult>;
}

type Call = <T>(method: 'GET' | 'POST', path: string, body?: unknown) => Promise<T>;

/**
 * The Bulk API 2.0 client on a jsforce connection. Query jobs are created and polled through the
 * connector's REST calls (`call`: retried, counted) and their results read page by page with the
 * locator (jsforce 3.10's `bulk2.query` pipes only the first results page); ingest jobs go through
 * jsforce's `bulk2`.
 */
export function bulkClient(conn: Connection, call: Call, options: BulkOptions, sleep: (ms: number) => Promise<void>): BulkClient {
  return {
    options,
    async query(q, onPage) {
      const job = await call<{ id: string }>('POST', '/jobs/query', { operation: 'query', query: q.text, contentType: 'CSV', columnDelimiter: 'COMMA', lineEnding: 'LF' });
      await waitForQueryJob(call, job.id, options, sleep);
      const rows: Record<string, string>[] = [];
      for (let locator = ''; locator !== 'null'; ) {
        const page = await resultsPage(conn, job.id, locator, options.queryPageRows);
        for (const r of parseCsv(page.text)) rows.push(r);
        onPage?.(rows.length);
        locator = page.locator;
      }
      return rows;
    },
    async upsert(object, externalIdField, rows) {
      try {
        const results = await conn.bulk2.loadAndWaitForResults({ object, operation: 'upsert', externalIdFieldName: externalIdField, input: rows, pollInterval: options.pollIntervalMs, pollTimeout: options.pollTimeoutMs });
        return upsertResult(results as unknown as Record<'successfulResults' | 'failedResults', Record<string, string>[]> & { unprocessedRecords: Record<string, string>[] | string });
      } catch (error) {
        throw bulkError(error, `The Bulk API upsert of ${rows.length} ${object} records failed as a whole, nothing of it can be trusted to be written`, object);
      }
    },
  };
}

/** Polls a query job until it is complete; a failed or aborted one, or one over the timeout, is an error naming it. */
async function waitForQueryJob(call: Call, id: string, options: BulkOptions, sleep: (ms: number) => Promise<void>): Promise<void> {
  const deadline = Date.now() + options.pollTimeoutMs;
  for (;;) {
    const info = await call<{ state: string; errorMessage?: string }>('GET', `/jobs/query/${id}`);
    if (info.state === 'JobComplete') return;
    if (info.state === 'Failed' || info.state === 'Aborted') throw new ConnectorError('BULK_JOB_FAILED', `Bulk API query job ${id} ${info.state.toLowerCase()}: ${info.errorMessage ?? 'no reason given'}`, { record: id });
    if (Date.now() > deadline) throw new ConnectorError('BULK_JOB_TIMEOUT', `Bulk API query job ${id} was not complete after ${Math.round(options.pollTimeoutMs / 1000)} s (state ${info.state}); it may still finish in the org`, { record: id });
    await sleep(options.pollIntervalMs);
  }
}

/** One results page of a complete query job: its CSV, and the locator of the next (`null` at the end). */
async function resultsPage(conn: Connection, id: string, locator: string, maxRecords: number): Promise<{ text: string; locator: string }> {
  const url = `${conn.instanceUrl}/services/data/v${conn.version}/jobs/query/${id}/results?maxRecords=${maxRecords}${locator ? `&locator=${encodeURIComponent(locator)}` : ''}`;
  const response = await fetchIdempotent(url, { headers: { Authorization: `Bearer ${conn.accessToken}`, Accept: 'text/csv' } });
  const text = await response.text();
  if (!response.ok) {
    const [e] = (() => { try { return JSON.parse(text) as { errorCode?: string; message?: string }[]; } catch { return [{}]; } })();
    throw new ConnectorError(e?.errorCode ?? `ERROR_HTTP_${response.status}`, `Reading the results of Bulk API query job ${id}: ${e?.message ?? `HTTP ${response.status}`}`, { record: id, status: response.status, body: text.slice(0, 2000) });
  }
  return { text, locator: response.headers.get('Sforce-Locator') ?? 'null' };
}

/** Network failures before any answer (a kept-alive socket the server closed meanwhile: ECONNRESET) are retried this many times. */
const NETWORK_ATTEMPTS = 3;

/**
 * A GET that may safely be sent again: a failure before any answer arrives is retried after a
 * short wait (reading a large page can outlast a server's idle-connection timeout, and the next
 * request then meets a closed socket); an answer, whatever its status, is returned as is.
 */
async function fetchIdempotent(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= NETWORK_ATTEMPTS) throw toConnectorError(error);
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** An ingest job's results as counts and failures; rows never processed (the job failed part way) are failures too. */
function upsertResult(results: Record<'successfulResults' | 'failedResults', Record<string, string>[]> & { unprocessedRecords: Record<string, string>[] | string }): BulkUpsertResult {
  const created = results.successfulResults.filter((r) => r.sf__Created === 'true').length;
  const failed = results.failedResults.map(({ sf__Error, sf__Id: _, ...row }) => ({ row, ...splitBulkError(sf__Error ?? '') }));
  const unprocessed = typeof results.unprocessedRecords === 'string' ? parseCsv(results.unprocessedRecords) : results.unprocessedRecords;
  for (const row of unprocessed) failed.push({ row, errorCode: 'UNPROCESSED', message: 'the job stopped before this row was processed', fields: [] });
  return { created, updated: results.successfulResults.length - created, failed };
}

/** Salesforce's `sf__Error` (`CODE:message:Field1,Field2 --`) as code, message and fields. */
export function splitBulkError(error: string): { errorCode: string; message: string; fields: string[] } {
  const match = /^([A-Z_]+):([\s\S]*?)(?::([\w,. ]*?))?\s*--\s*$/.exec(error);
  if (!match) return { errorCode: 'UNKNOWN_ERROR', message: error, fields: [] };
  return { errorCode: match[1]!, message: match[2]!, fields: (match[3] ?? '').split(',').map((f) => f.trim()).filter(Boolean) };
}

function bulkError(error: unknown, what: string, object: string): ConnectorError {
  const e = toConnectorError(error);
  return new ConnectorError(e.code, `${what}: ${e.message}`, { ...e.details, record: e.details.record ?? object });
}
