import type { OrgClient } from './orgClient.js';
import { toAccount } from './orderLineReader.js';
import type { AccountSummary } from './SalesforcePort.js';
import { contains, soql } from './soql.js';

/** `SalesforcePort.searchAccounts`: accounts the user sees whose name or number contains `text`, by name, at most `limit` (1–200). */
export async function searchAccounts(client: OrgClient, text: string, limit = 20): Promise<AccountSummary[]> {
  const records = await client.query<Parameters<typeof toAccount>[0]>(
    soql`SELECT Id, Name, AccountNumber, BillingCountry FROM Account WHERE Name LIKE ${contains(text)} OR AccountNumber LIKE ${contains(text)} ORDER BY Name LIMIT ${searchLimit(limit)}`,
  );
  return records.map(toAccount);
}

/** A search's row limit: whole, at least 1, at most 200 (one page of a query). */
export function searchLimit(limit: number): number {
  return Math.max(1, Math.min(200, Math.floor(limit)));
}
