import type { OrgStore } from '../OrgStore.js';

const FIRST = ['Ana', 'Ben', 'Carla', 'David', 'Elena', 'Femi', 'Grace', 'Hugo', 'Inés', 'Jonas'];
const LAST = ['Ruiz', 'Okafor', 'Smith', 'Martín', 'Novak', 'Chen', 'Dubois', 'Rossi', 'Silva', 'Kowalski'];

/**
 * Contacts for accounts (issue 16: campaign members are contacts), deterministic: account i gets
 * 1 + (i mod 3) contacts with an email each; where it has two or more, the second holds the
 * account's primary contact role (AccountContactRole `IsPrimary`), so "primary" is not simply the
 * first. Gives each account's contact ids, oldest first.
 */
export function seedContacts(store: OrgStore, accountIds: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let i = 0;
  for (const accountId of accountIds) {
    const ids: string[] = [];
    for (let k = 0; k <= i % 3; k++) {
      const n = i * 3 + k;
      const [first, last] = [FIRST[n % FIRST.length]!, LAST[Math.floor(n / FIRST.length) % LAST.length]!];
      ids.push(store.create('Contact', { AccountId: accountId, FirstName: first, LastName: last, Email: `${first}.${last}.${n}@example.test`.toLowerCase() }).Id);
    }
    if (ids.length > 1) store.create('AccountContactRole', { AccountId: accountId, ContactId: ids[1]!, Role: 'Decision Maker', IsPrimary: true });
    out.set(accountId, ids);
    i++;
  }
  return out;
}
