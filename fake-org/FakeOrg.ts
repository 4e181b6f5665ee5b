import type { Currencies } from './objectRules.js';
import { OrgStore } from './OrgStore.js';
import type { PermissionSet } from './PermissionSet.js';
import { recordId } from './recordId.js';
import { SCHEMA } from './schema.js';
import { Sessions } from './Sessions.js';
import { DEFAULT_SHARING, UserAccess, type SharingModel, type UserGrants } from './UserAccess.js';
import { withCurrency } from './withCurrency.js';

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

/** How a fake org is set up. */
export interface FakeOrgOptions {
  /** Several currencies: `CurrencyIsoCode` on the objects with amounts (true: GBP corporate, GBP/EUR/USD active). */
  multiCurrency?: boolean | Currencies;
  /** The permission sets users may hold, by name (node: `permissionSetsFromManifest()`). */
  permissionSets?: readonly PermissionSet[];
  /** Organization-wide defaults that differ from `DEFAULT_SHARING` (e.g. `{ Account: 'Private' }`). */
  sharing?: Readonly<Record<string, SharingModel>>;
  /** The org's clock, ms since the epoch (`CreatedDate`, `LastModifiedDate`): the demo runs on its own day. Default `Date.now`. */
  clock?: () => number;
}

/** A user to create: its name, login and what it holds. */
export interface NewUser {
  name: string;
  /** Defaults to a username made from the name (`first.last@fake-org.test`). */
  username?: string;
  /** For OAuth and SOAP login; a user without one cannot log in (a session can still be issued). */
  password?: string;
  /** Names of permission sets given to the org (`OO_Rep`, `OO_Manager`, `OO_Admin`). */
  permissionSets?: readonly string[];
  /** An administrator: every object, every record (files aside, as in Salesforce). */
  modifyAllData?: boolean;
  /** The Marketing User checkbox: needed, with Campaign object permissions, to create and edit campaigns. */
  marketingUser?: boolean;
}

/** The API version the fake org answers to and puts in the URLs it makes. */
export const FAKE_API_VERSION = '62.0';

/** The default running user's login, printed by `npm run fake-org`. */
export const DEMO_USER = { name: 'Demo Rep', username: 'demo@fake-org.test', password: 'demo-password' } as const;

/**
 * An in-memory Salesforce org: its data (`store`), users with their permission sets, the sessions
 * it issued, sharing, the faults a test injects, the requests it answered, and the open query
 * cursors. `restApi(org)` answers REST requests over it; msw handlers and the HTTP server both call
 * that. The running user (`Demo Rep`, an administrator) makes records written to the store directly.
 */
export class FakeOrg {
  readonly store: OrgStore;
  readonly faults: Faults = {};
  readonly requests: LoggedRequest[] = [];
  /** Open query cursors: remaining records of a query by locator. */
  readonly cursors = new Map<string, { records: Record<string, unknown>[]; totalSize: number }>();
  /** API requests allowed per day (what `limits` reports). */
  dailyApiRequests = 100_000;
  /** The org's id (`00D…`), in its session tokens and userinfo. */
  readonly organizationId = recordId('00D', 1);
  readonly sessions = new Sessions(this.organizationId);
  readonly sharing: Record<string, SharingModel>;
  private readonly permissionSets: ReadonlyMap<string, PermissionSet>;
  private readonly grants = new Map<string, { modifyAllData: boolean; permissionSets: string[]; password?: string; marketingUser: boolean }>();

  constructor(options: FakeOrgOptions = {}) {
    const currencies = options.multiCurrency === true ? { corporate: 'GBP', active: ['GBP', 'EUR', 'USD'] } : options.multiCurrency || null;
    this.store = new OrgStore(currencies ? withCurrency(SCHEMA) : SCHEMA, options.clock);
    this.store.currencies = currencies;
    this.sharing = { ...DEFAULT_SHARING, ...options.sharing };
    this.permissionSets = new Map((options.permissionSets ?? []).map((s) => [s.name, s]));
    this.store.userId = this.createUser({ ...DEMO_USER, modifyAllData: true, marketingUser: true });
  }

  /** Creates a user with its permission sets; gives its id. An unknown permission set is refused. */
  createUser(user: NewUser): string {
    for (const name of user.permissionSets ?? []) {
      if (!this.permissionSets.has(name)) throw new Error(`fake org: no permission set ${name} (known: ${[...this.permissionSets.keys()].join(', ') || 'none'})`);
    }
    const username = user.username ?? `${user.name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@fake-org.test`;
    const id = this.store.create('User', { Name: user.name, Username: username, Email: username, IsActive: true }, { asSystem: true }).Id;
    this.grants.set(id, { modifyAllData: user.modifyAllData ?? false, permissionSets: [...(user.permissionSets ?? [])], password: user.password, marketingUser: user.marketingUser ?? false });
    return id;
  }

  /** Makes a user (by name) the running user from now on, creating it (an administrator) the first time; gives its id. */
  runAs(name: string): string {
    const existing = [...this.store.records('User')].find((u) => u.Name === name);
    this.store.userId = existing?.Id ?? this.createUser({ name, modifyAllData: true });
    return this.store.userId;
  }

  /** A new session for a user (default: whoever is the running user at each request); gives its token. */
  issueSession(userId?: string): string {
    return this.sessions.issue(userId ? { userId } : { running: true });
  }

  /** Ends a session: its token answers 401 `INVALID_SESSION_ID` from now on. */
  expireSession(token: string): void {
    this.sessions.expire(token);
  }

  /** The user with this username and password, or undefined (a failed login). */
  login(username: string, password: string): string | undefined {
    const user = [...this.store.records('User')].find((u) => u.Username === username);
    const grants = user && this.grants.get(user.Id);
    return grants?.password !== undefined && grants.password === password ? user!.Id : undefined;
  }

  /** A user's access: its object permissions and what sharing lets it see and edit. */
  accessOf(userId: string): UserAccess {
    return new UserAccess(this.store, userId, this.grantsOf(userId), this.sharing);
  }

  /** Runs `work` as a user: records it makes are its, and every write and reference is checked against its access. */
  asUser<T>(userId: string, work: () => T): T {
    const [running, access] = [this.store.userId, this.store.access];
    this.store.userId = userId;
    this.store.access = this.accessOf(userId);
    try {
      return work();
    } finally {
      this.store.userId = running;
      this.store.access = access;
    }
  }

  private grantsOf(userId: string): UserGrants {
    const g = this.grants.get(userId);
    return { modifyAllData: g?.modifyAllData ?? false, permissionSets: (g?.permissionSets ?? []).map((n) => this.permissionSets.get(n)!), marketingUser: g?.marketingUser ?? false };
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
