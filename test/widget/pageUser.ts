import type { FakeOrg } from '../../fake-org/index.js';
import type { PageUser } from './serveLikeSalesforce.js';

/** The page as a user of the org sees it: a session the org issued for the user, the user's names, and `$Permission.OO_ManagerView`. */
export function pageUser(org: FakeOrg, userId: string, managerView: boolean): PageUser {
  const [firstName, lastName] = String(org.store.get(userId)!.Name).split(' ');
  return { session: org.issueSession(userId), firstName: firstName!, lastName: lastName!, managerView };
}
