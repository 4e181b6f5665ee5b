import { COMPOSITE_LIMITS } from './compositeLimits.js';
import type { ReadRequest } from './compositeRead.js';
import type { CampaignContacts } from './CampaignToCreate.js';
import type { OrgClient } from './orgClient.js';
import { soql } from './soql.js';

/**
 * Accounts per query: 200 ids of 18 characters keep the query's URL near 6 KB, well under the
 * REST API's 16,384-byte URI limit.
 */
export const ACCOUNTS_PER_QUERY = 200;

interface ContactRow {
  Id: string;
  AccountId: string;
}

/**
 * The contacts a campaign adds for each account (by 18-character account id), in at most
 * ⌈accounts / 200⌉ queries, up to 5 per Composite request: `All` its contacts, oldest first;
 * `Primary` the one with the account's primary contact role (AccountContactRole `IsPrimary`:
 * Salesforce's own "primary contact"; AccountContactRelation has no such flag), else its
 * earliest-created contact. Only contacts the user can see are read. An account with none is absent.
 */
export async function campaignContacts(client: OrgClient, accountIds: readonly string[], which: CampaignContacts): Promise<Map<string, string[]>> {
  const requests: ReadRequest[] = [];
  for (let i = 0; i < accountIds.length; i += ACCOUNTS_PER_QUERY) {
    const part = accountIds.slice(i, i + ACCOUNTS_PER_QUERY);
    requests.push({ referenceId: `contacts${i}`, query: soql`SELECT Id, AccountId FROM Contact WHERE AccountId IN ${part} ORDER BY CreatedDate, Id` });
    if (which === 'Primary') requests.push({ referenceId: `roles${i}`, query: soql`SELECT ContactId, AccountId FROM AccountContactRole WHERE IsPrimary = true AND AccountId IN ${part}` });
  }
  const contacts = new Map<string, string[]>();
  const primary = new Map<string, string>();
  for (let i = 0; i < requests.length; i += COMPOSITE_LIMITS.queriesOrCollections) {
    const group = requests.slice(i, i + COMPOSITE_LIMITS.queriesOrCollections);
    const answer = await client.read(group);
    for (const r of group) {
      if (r.referenceId.startsWith('roles')) for (const role of await answer.records<{ ContactId: string; AccountId: string }>(r.referenceId)) primary.set(role.AccountId, role.ContactId);
      else for (const c of await answer.records<ContactRow>(r.referenceId)) contacts.set(c.AccountId, [...(contacts.get(c.AccountId) ?? []), c.Id]);
    }
  }
  if (which === 'All') return contacts;
  const out = new Map<string, string[]>();
  for (const [account, ids] of contacts) {
    const role = primary.get(account);
    out.set(account, [role && ids.includes(role) ? role : ids[0]!]);
  }
  return out;
}
