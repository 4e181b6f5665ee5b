import type { Answer } from './Answer.js';
import { bulkIngest } from './bulkIngest.js';
import { bulkQuery } from './bulkQuery.js';
import { FakeOrgError } from './FakeOrgError.js';
import type { FakeOrg } from './FakeOrg.js';

/** Whether a path under `/services/data/vXX.X` is Bulk API 2.0's (`/jobs/ingest…`, `/jobs/query…`). */
export function isBulkPath(path: string): boolean {
  return /^\/jobs\/(ingest|query)(\/|$)/.test(path);
}

/**
 * Bulk API 2.0 under `/services/data/vXX.X/jobs/`, as the current request's user (`org.store.access`):
 * ingest jobs (see `bulkIngest`) and query jobs (see `bulkQuery`). `body` is the request's text
 * (JSON for a job, CSV for its data); `version` the URL's API version (the job's `apiVersion`).
 */
export function bulkApi(org: FakeOrg): (method: string, path: string, params: URLSearchParams, body: string, version: string) => Answer {
  const ingest = bulkIngest(org);
  const query = bulkQuery(org);
  return (method, path, params, body, version) => {
    const [, kind, ...parts] = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (kind === 'ingest') return ingest(method, parts, params, body, version);
    if (kind === 'query') return query(method, parts, params, body, version);
    throw new FakeOrgError('NOT_FOUND', 'The requested resource does not exist', 404, null);
  };
}
