import { Connection } from 'jsforce';
import { bulkClient, DEFAULT_BULK, type BulkClient, type BulkOptions } from './bulkClient.js';
import { checkCompositeLimits } from './compositeLimits.js';
import { CompositeRead, queryUrl, type QueryPage, type ReadRequest, type SubAnswer } from './compositeRead.js';
import { readPages } from './readPages.js';
import { withRetry, type RetryPolicy } from './RetryPolicy.js';
import type { Soql } from './soql.js';

/** How the connector's parts talk to the org: requests under the retry policy, counted, with every token used kept for redaction. */
export interface OrgClient {
  readonly version: string;
  readonly requestCount: number;
  /** The access token and every refreshed one: never to appear in an error. */
  readonly secrets: ReadonlySet<string>;
  /** One request; `check` turns an answer that reports a failure into an error (retried like any other). */
  call<T>(method: 'GET' | 'POST', path: string, body?: unknown, check?: (answer: T) => void): Promise<T>;
  /** Every record of a query, page by page. */
  query<R>(q: Soql, onPage?: (soFar: number, total: number) => void): Promise<R[]>;
  /** How many records a query matches (`SELECT COUNT() …`: its `totalSize`), one request. */
  count(q: Soql): Promise<number>;
  /** Bulk API 2.0 jobs: queries and upserts of large record sets. */
  readonly bulk: BulkClient;
  /** Several reads in one Composite request (not all-or-none), within Salesforce's limits. */
  read(requests: readonly ReadRequest[]): Promise<CompositeRead>;
}

/** An `OrgClient` over jsforce for an instance and an access token. */
export function orgClient(instanceUrl: string, accessToken: string, version: string, policy: RetryPolicy, bulk: BulkOptions = DEFAULT_BULK): OrgClient {
  const conn = new Connection({ instanceUrl, accessToken, version });
  const secrets = new Set([accessToken]);
  let requestCount = 0;
  const onToken = (token: string) => {
    secrets.add(token);
    conn.accessToken = token;
  };
  const call = <T>(method: 'GET' | 'POST', path: string, body?: unknown, check?: (answer: T) => void): Promise<T> =>
    withRetry(policy, onToken, async () => {
      requestCount++;
      const url = path.startsWith('/services/') ? path : `/services/data/v${version}${path}`;
      const answer = await conn.request<T>({ method, url, body: body === undefined ? undefined : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
      check?.(answer);
      return answer;
    });
  const nextPage = <R>(url: string) => call<QueryPage<R>>('GET', url);
  return {
    version,
    get requestCount() {
      return requestCount;
    },
    secrets,
    call,
    async query<R>(q: Soql, onPage?: (soFar: number, total: number) => void): Promise<R[]> {
      return readPages(await call<QueryPage<R>>('GET', `/query?q=${encodeURIComponent(q.text)}`), nextPage<R>, onPage);
    },
    async count(q: Soql): Promise<number> {
      return (await call<QueryPage<never>>('GET', `/query?q=${encodeURIComponent(q.text)}`)).totalSize;
    },
    bulk: bulkClient(conn, call, bulk, policy.sleep),
    async read(requests: readonly ReadRequest[]): Promise<CompositeRead> {
      const compositeRequest = requests.map((r) => ({ method: 'GET', referenceId: r.referenceId, url: 'query' in r ? queryUrl(version, r.query) : `/services/data/v${version}${r.get}` }));
      checkCompositeLimits(compositeRequest);
      const answer = await call<{ compositeResponse: SubAnswer[] }>('POST', '/composite', { allOrNone: false, compositeRequest });
      return new CompositeRead(answer.compositeResponse ?? [], nextPage);
    },
  };
}
