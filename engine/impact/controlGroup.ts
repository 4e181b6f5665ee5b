import { EngineError } from '../EngineError.js';
import { stableFraction } from './stableHash.js';

/**
 * Whether an account is in the period's comparison (control) group, which sees no proposal.
 * Deterministic: a stable hash of the account id and the period (e.g. `2011-06`) is compared with
 * `share`, so an account keeps its group all period and groups are drawn afresh each period,
 * independently of earlier draws. Share 0 puts nobody in it (the default: off), 1 everybody.
 * `salt` (default none) draws other, equally random groups: the simulation's seeds.
 */
export function controlGroup(accountId: string, period: string, share: number, salt = ''): boolean {
  if (!(share >= 0 && share <= 1)) {
    throw new EngineError('BAD_CONTROL_SHARE', `control share must be between 0 and 1, got ${share}`);
  }
  if (share === 0) return false;
  return stableFraction(`${accountId}\u0000${period}\u0000${salt}`) < share;
}
