import { FakeOrgError } from '../FakeOrgError.js';

/** The error Salesforce answers for SOQL it cannot read or does not support: `MALFORMED_QUERY`, 400. */
export function malformedQuery(message: string): FakeOrgError {
  return new FakeOrgError('MALFORMED_QUERY', message, 400);
}
