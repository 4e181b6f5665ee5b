import { FakeOrgError } from './FakeOrgError.js';

/** A session's user: a fixed user id, or whoever is the org's running user at the time of each request. */
export type SessionUser = { userId: string } | { running: true };

/**
 * The sessions an org issued: a random token per session, each bound to its user, valid until
 * expired. A request whose bearer token is not here is refused with 401 `INVALID_SESSION_ID`, as
 * Salesforce refuses a token it never issued or that timed out.
 */
export class Sessions {
  private readonly live = new Map<string, SessionUser>();

  constructor(
    /** The org id that starts every token (`00D…!`), as Salesforce session ids do. */
    private readonly organizationId: string,
  ) {}

  /** A new session for `user`; gives its token. */
  issue(user: SessionUser): string {
    const bytes = crypto.getRandomValues(new Uint8Array(36));
    const secret = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '.').replace(/\//g, '_').replace(/=+$/, '');
    const token = `${this.organizationId.slice(0, 15)}!${secret}`;
    this.live.set(token, user);
    return token;
  }

  /** Ends a session: its token is refused from now on. */
  expire(token: string): void {
    this.live.delete(token);
  }

  /** The session's user for an `Authorization` header (`Bearer` or `OAuth`), or `INVALID_SESSION_ID`. */
  userOf(authorization: string | null): SessionUser {
    const token = /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    const user = token ? this.live.get(token) : undefined;
    if (!user) throw new FakeOrgError('INVALID_SESSION_ID', 'Session expired or invalid', 401, null);
    return user;
  }
}
