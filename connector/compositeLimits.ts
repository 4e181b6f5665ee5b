import { ConnectorError } from './ConnectorError.js';

/**
 * Salesforce's limits on one Composite request: at most 25 subrequests, of which at most 5 may be
 * queries (`query`, `queryAll`) or sObject Collections (`composite/sobjects`), and at most 200
 * records in one collection (REST API Developer Guide, "Composite" and "sObject Collections").
 */
export const COMPOSITE_LIMITS = { subrequests: 25, queriesOrCollections: 5, recordsPerCollection: 200 } as const;

/** The part of a subrequest the limits look at. */
export interface LimitedSubrequest {
  url: string;
  referenceId: string;
  body?: unknown;
}

/** Whether a subrequest counts as a query or a collection (the limit of 5). */
export function isQueryOrCollection(url: string): boolean {
  const path = (url.split('?')[0] ?? '').replace(/^\/services\/data\/v\d+\.\d+/, '');
  return /^\/(query|queryAll)(\/|$)/.test(path) || /^\/composite\/sobjects(\/|$)/.test(path);
}

/**
 * Refuses a Composite request Salesforce would refuse, before it is sent: a request the connector
 * builds over a limit is a programming error (or a proposal too large, which the caller checks first),
 * named with the limit and the subrequests.
 */
export function checkCompositeLimits(requests: readonly LimitedSubrequest[]): void {
  const fail = (message: string) => new ConnectorError('COMPOSITE_LIMIT', `Composite request over Salesforce's limit: ${message}`, { record: 'composite' });
  if (requests.length > COMPOSITE_LIMITS.subrequests) throw fail(`${requests.length} subrequests, at most ${COMPOSITE_LIMITS.subrequests}`);
  const heavy = requests.filter((r) => isQueryOrCollection(r.url));
  if (heavy.length > COMPOSITE_LIMITS.queriesOrCollections) {
    throw fail(`${heavy.length} queries or collections (${heavy.map((r) => r.referenceId).join(', ')}), at most ${COMPOSITE_LIMITS.queriesOrCollections}`);
  }
  for (const r of requests) {
    const records = (r.body as { records?: unknown[] } | undefined)?.records;
    if (Array.isArray(records) && records.length > COMPOSITE_LIMITS.recordsPerCollection) {
      throw fail(`collection ${r.referenceId} holds ${records.length} records, at most ${COMPOSITE_LIMITS.recordsPerCollection}`);
    }
  }
}
