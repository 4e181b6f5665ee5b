import { FakeOrgError } from '../FakeOrgError.js';
import type { OrgStore } from '../OrgStore.js';
import type { UserAccess } from '../UserAccess.js';

/**
 * The schema spelling of a FROM object (any case); `INVALID_TYPE` as Salesforce answers for an
 * unknown one, and for one the user (`access`) may not read.
 */
export function objectName(store: OrgStore, name: string, access?: UserAccess): string {
  try {
    const found = store.describe(name).name;
    if (access && !access.objectPermission(found).read) throw new Error('not readable');
    return found;
  } catch {
    throw new FakeOrgError(
      'INVALID_TYPE',
      `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
      400,
    );
  }
}
