import type { FakeOrg } from '../FakeOrg.js';

/** The users `seedUsers` makes, by role: their ids and logins. */
export interface SeedUsers {
  /** A sales rep: `OO_Rep` only (sees its own proposals). */
  rep: string;
  /** A second rep, to show one rep does not see another's proposals. */
  otherRep: string;
  /** A sales manager: `OO_Manager` (every proposal, read only; the manager view; campaigns, as a Marketing User). */
  manager: string;
  /** The integration user that runs `prepare`: an administrator (every account) with `OO_Admin`. */
  integration: string;
}

/** Passwords of the seeded users, by username, for OAuth or SOAP login in tests. */
export const SEED_PASSWORDS: Readonly<Record<string, string>> = {
  'rita.rep@fake-org.test': 'rep-password',
  'omar.rep@fake-org.test': 'rep-password',
  'mona.manager@fake-org.test': 'manager-password',
  'ian.integration@fake-org.test': 'integration-password',
};

/**
 * Adds the package's users to an org made with the package's permission sets
 * (`new FakeOrg({ permissionSets: permissionSetsFromManifest() })`): two reps, a manager and the
 * integration user, each with the permission sets an admin would assign (README, admin guide).
 */
export function seedUsers(org: FakeOrg): SeedUsers {
  const user = (name: string, username: string, permissionSets: string[], modifyAllData = false, marketingUser = false) =>
    org.createUser({ name, username, password: SEED_PASSWORDS[username], permissionSets, modifyAllData, marketingUser });
  return {
    rep: user('Rita Rep', 'rita.rep@fake-org.test', ['OO_Rep']),
    otherRep: user('Omar Rep', 'omar.rep@fake-org.test', ['OO_Rep']),
    // The manager runs campaigns: a Marketing User (issue 16), as the admin guide says to tick.
    manager: user('Mona Manager', 'mona.manager@fake-org.test', ['OO_Manager'], false, true),
    integration: user('Ian Integration', 'ian.integration@fake-org.test', ['OO_Admin'], true, true),
  };
}
