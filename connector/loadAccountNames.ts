import { ACCOUNTS_PER_QUERY } from './campaignContacts.js';
import { COMPOSITE_LIMITS } from './compositeLimits.js';
import type { ReadRequest } from './compositeRead.js';
import type { OrgClient } from './orgClient.js';
import { salesforceId18 } from './salesforceId18.js';
import { soql } from './soql.js';

/**
 * The names of these accounts the user can see, by 18-character id: queries of 200 ids, up to 5 per
 * Composite request (what a ranked list shows; an account the user cannot see is absent).
 */
export async function loadAccountNames(client: OrgClient, accountIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(accountIds.map((id) => salesforceId18(id, 'Account')))];
  const requests: ReadRequest[] = [];
  for (let i = 0; i < ids.length; i += ACCOUNTS_PER_QUERY) requests.push({ referenceId: `names${i}`, query: soql`SELECT Id, Name FROM Account WHERE Id IN ${ids.slice(i, i + ACCOUNTS_PER_QUERY)}` });
  const names = new Map<string, string>();
  for (let i = 0; i < requests.length; i += COMPOSITE_LIMITS.queriesOrCollections) {
    const group = requests.slice(i, i + COMPOSITE_LIMITS.queriesOrCollections);
    const answer = await client.read(group);
    for (const r of group) for (const a of await answer.records<{ Id: string; Name: string }>(r.referenceId)) names.set(a.Id, a.Name);
  }
  return names;
}
