import { ConnectorError } from './ConnectorError.js';
import { readPages } from './readPages.js';
import type { Soql } from './soql.js';

/** One page of a query's records, as the REST API answers it. */
export interface QueryPage<R> {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: R[];
}

/** A subrequest that only reads: a query (it may refer to earlier subrequests' values), or a GET of a REST resource under the version. */
export type ReadRequest = { referenceId: string; query: Soql } | { referenceId: string; get: string };

/** One subrequest's answer. */
export interface SubAnswer {
  referenceId: string;
  httpStatusCode: number;
  body: unknown;
}

/** Salesforce's error of a subrequest. */
export interface SubError {
  errorCode: string;
  message: string;
}

/** The URL of a query subrequest: the SOQL encoded, its `@{…}` references left as they are for Salesforce to fill in. */
export function queryUrl(version: string, q: Soql): string {
  const encoded = encodeURIComponent(q.text).replace(/%40%7B([A-Za-z0-9_.]|%5B|%5D)+?%7D/g, (ref) => decodeURIComponent(ref));
  return `/services/data/v${version}/query?q=${encoded}`;
}

/**
 * The answers of a Composite read, by reference id: each subrequest's records (further pages
 * read through `nextPage`, one request each), body or error. Reading a failed one throws its error,
 * naming the subrequest; `failure` lets a caller treat an expected failure (a reference to an empty
 * setting) as an answer.
 */
export class CompositeRead {
  private readonly byRef: Map<string, SubAnswer>;

  constructor(
    answers: readonly SubAnswer[],
    private readonly nextPage: <R>(url: string) => Promise<QueryPage<R>>,
  ) {
    this.byRef = new Map(answers.map((a) => [a.referenceId, a] as const));
  }

  /** The subrequest's error, or null when it succeeded. */
  failure(referenceId: string): SubError | null {
    const a = this.byRef.get(referenceId);
    if (!a) return { errorCode: 'BAD_RESPONSE', message: `no answer for ${referenceId}` };
    if (a.httpStatusCode < 400) return null;
    const [e] = Array.isArray(a.body) ? (a.body as Partial<SubError>[]) : [a.body as Partial<SubError>];
    return { errorCode: e?.errorCode ?? 'UNKNOWN_ERROR', message: e?.message ?? `HTTP ${a.httpStatusCode}` };
  }

  /** The body of a subrequest that succeeded. */
  body<T>(referenceId: string): T {
    const e = this.failure(referenceId);
    if (e) throw new ConnectorError(e.errorCode, `Reading ${referenceId}: ${e.message}`, { body: JSON.stringify(this.byRef.get(referenceId)?.body ?? null), record: referenceId });
    return this.byRef.get(referenceId)!.body as T;
  }

  /** Every record of a query subrequest, its further pages read one request each. */
  records<R>(referenceId: string): Promise<R[]> {
    return readPages(this.body<QueryPage<R>>(referenceId), (url) => this.nextPage<R>(url));
  }
}
