/**
 * The value of `OO_AcceptedKey__c` (unique, external id) for an account's accepted proposal of a
 * day: `<15-character account id>-<YYYY-MM-DD>`. Only accepted proposals carry it, so the org
 * itself refuses a second accepted proposal (and Opportunity) for the same account and day, even
 * from two reps at once, and the account view reads today's by this key without a query.
 */
export function acceptedKey(accountId: string, day: string): string {
  return `${accountId.slice(0, 15)}-${day}`;
}
