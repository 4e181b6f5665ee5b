import type { Answer } from './Answer.js';
import { BULK_DELIMITERS, type BulkDelimiter, type BulkLineEnding } from './bulkCsv.js';
import { jobTime, newJobId } from './bulkJobs.js';
import { FakeOrgError } from './FakeOrgError.js';
import type { FakeOrg } from './FakeOrg.js';

/** One Bulk API 2.0 call under `jobs/ingest` or `jobs/query`: the path's parts after it, the query string, the body as text, the API version. */
export type BulkRoute = (method: string, parts: string[], params: URLSearchParams, body: string, version: string) => Answer;

/** A job request's JSON body as an object; `JSON_PARSER_ERROR` otherwise. */
export function parseJobBody(body: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new FakeOrgError('JSON_PARSER_ERROR', 'The request body is not valid JSON', 400);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FakeOrgError('JSON_PARSER_ERROR', 'Expected a JSON object', 400);
  return value as Record<string, unknown>;
}

/**
 * What every new job takes from its request and the session: a new id, the current user as its
 * creator, its dates, `Open`, the API version of the URL, and its CSV dialect (`contentType` CSV
 * only, `columnDelimiter` one of Salesforce's six, default COMMA; `lineEnding` LF or CRLF, default
 * LF). A value outside those is `INVALIDJOB`, naming the property.
 */
export function jobSettings(org: FakeOrg, request: Record<string, unknown>, version: string) {
  const { contentType = 'CSV', columnDelimiter = 'COMMA', lineEnding = 'LF' } = request;
  if (contentType !== 'CSV') throw invalid('contentType', contentType, 'CSV');
  if (typeof columnDelimiter !== 'string' || !(columnDelimiter in BULK_DELIMITERS)) throw invalid('columnDelimiter', columnDelimiter, Object.keys(BULK_DELIMITERS).join(', '));
  if (lineEnding !== 'LF' && lineEnding !== 'CRLF') throw invalid('lineEnding', lineEnding, 'LF, CRLF');
  const now = jobTime();
  return {
    id: newJobId(org),
    createdById: org.store.access?.userId ?? org.store.userId ?? '',
    createdDate: now,
    systemModstamp: now,
    state: 'Open' as const,
    apiVersion: Number(version),
    columnDelimiter: columnDelimiter as BulkDelimiter,
    lineEnding: lineEnding as BulkLineEnding,
  };
}

function invalid(property: string, value: unknown, allowed: string): FakeOrgError {
  return new FakeOrgError('INVALIDJOB', `InvalidJob : ${property} must be one of ${allowed}: ${String(value)}`, 400, null);
}
