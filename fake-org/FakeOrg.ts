import { OrgStore } from './OrgStore.js';

/** Faults a test switches on; each is consumed as it fires (a count) or stays (true). */
export interface Faults {
  /** Answer 401 `INVALID_SESSION_ID` to the next n requests (true: all). */
  expiredSession?: number | boolean;
  /** Answer 403 `REQUEST_LIMIT_EXCEEDED` to the next n requests (true: all). */
  requestLimit?: number | boolean;
  /** Fail the next n writes with `UNABLE_TO_LOCK_ROW`. */
  lockedRows?: number;
  /** Answer the next n requests with a 503 HTML error page, as a load balancer does. */
  htmlError?: number;
  /** Wait this long before every answer. */
  latencyMs?: number;
}

/** One request the fake org answered, for tests and the benchmark to count. */
export interface LoggedRequest {
  method: string;
  /** Path after `/services/data/vXX.X`, with the query string. */
  path: string;
  status: number;
}

/** The API version the fake org answers to and puts in the URLs it makes. */
export const FAKE_API_VERSION = '62.0';

/**
 * An in-memory Salesforce org: its data (`store`), the faults a test injects, the requests it
 * answered, and the open query cursors. `restApi(org)` answers REST requests over it; msw handlers
 * and the HTTP server both call that.
 */
export class FakeOrg {
  readonly store: OrgStore;
  readonly faults: Faults = {};
  readonly requests: LoggedRequest[] = [];
  /** Open query cursors: remaining records of a query by locator. */
  readonly cursors = new Map<string, { records: Record<string, unknown>[]; totalSize: number }>();
  /** API requests allowed per day (what `limits` reports). */
  dailyApiRequests = 100_000;

  constructor(store = new OrgStore()) {
    this.store = store;
    // Every session of the fake org runs as one user, as an API session does (`runAs` switches).
    store.userId ??= store.create('User', { Name: 'Demo Rep' }).Id;
  }

  /** Makes a user (by name) the running user from now on, creating it the first time; gives its id. */
  runAs(name: string): string {
    const existing = [...this.store.records('User')].find((u) => u.Name === name);
    this.store.userId = existing?.Id ?? this.store.create('User', { Name: name }).Id;
    return this.store.userId;
  }

  /** Takes one firing of a counted fault; true when it fires. */
  fire(name: 'expiredSession' | 'requestLimit' | 'htmlError' | 'lockedRows'): boolean {
    const f = this.faults[name];
    if (f === true) return true;
    if (typeof f === 'number' && f > 0) {
      this.faults[name] = f - 1;
      return true;
    }
    return false;
  }
}
