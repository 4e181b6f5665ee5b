import { ConnectorError } from './ConnectorError.js';
import { toConnectorError } from './toConnectorError.js';

/** How the connector retries. */
export interface RetryPolicy {
  /** Gets a fresh access token when the session expired (e.g. from the page or an OAuth refresh); without it, an expired session is an error. */
  refreshSession?: () => Promise<string>;
  /** Attempts at most for `UNABLE_TO_LOCK_ROW` (another user or process holds the record). */
  lockAttempts: number;
  /** Wait before retry n (1-based), ms: doubles each time. */
  backoffMs: number;
  /** How to wait (tests pass an instant one). */
  sleep: (ms: number) => Promise<void>;
}

/** Three attempts for locks, 200 then 400 ms apart. */
export const DEFAULT_RETRY: RetryPolicy = { lockAttempts: 3, backoffMs: 200, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

/**
 * Runs one request under the policy: an expired session (`INVALID_SESSION_ID`) is refreshed through
 * `refreshSession` and the request retried once; `UNABLE_TO_LOCK_ROW` is retried with backoff up to
 * `lockAttempts`; everything else (including `REQUEST_LIMIT_EXCEEDED`, which waiting seconds will
 * not cure) fails at once as a `ConnectorError`. `onToken` receives a refreshed token.
 */
export async function withRetry<T>(policy: RetryPolicy, onToken: (token: string) => void, request: () => Promise<T>): Promise<T> {
  let refreshed = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (raw) {
      const error = toConnectorError(raw);
      if (error.code === 'INVALID_SESSION_ID' && policy.refreshSession && !refreshed) {
        refreshed = true;
        let token: string;
        try {
          token = await policy.refreshSession();
        } catch (cause) {
          throw new ConnectorError('INVALID_SESSION_ID', `The session expired and could not be refreshed: ${(cause as Error).message ?? cause}`);
        }
        onToken(token);
        attempt--; // a refresh is not a lock attempt
        continue;
      }
      if (error.code === 'UNABLE_TO_LOCK_ROW' && attempt < policy.lockAttempts) {
        await policy.sleep(policy.backoffMs * 2 ** (attempt - 1));
        continue;
      }
      throw error;
    }
  }
}
