import { describe, expect, it } from 'vitest';
import { connectAs, useBulkTestOrg } from './bulkTestOrg.js';
import type { PermissionSet } from './PermissionSet.js';

// The package's account insights, written by Bulk upsert on the account key, in an org whose accounts are private.
const all = { read: true, create: true, edit: true, delete: true, viewAll: false, modifyAll: false };
const writer: PermissionSet = { name: 'InsightWriter', objects: { Account: { ...all, create: false }, OO_AccountInsight__c: all }, customPermissions: [], customMetadataTypes: [], userPermissions: ['ApiEnabled'] };
const t = useBulkTestOrg({ sharing: { Account: 'Private' }, permissionSets: [writer] });

const insight = (account: string, data: string) => ({ OO_Account__c: account, OO_AccountKey__c: account, OO_Data__c: data });
type Results = Record<'successfulResults' | 'failedResults', Record<string, string>[]>;

async function upsertInsights(userId: string, rows: Record<string, string>[]): Promise<Results> {
  const conn = connectAs(t.org, userId);
  const results = await conn.bulk2.loadAndWaitForResults({ object: 'OO_AccountInsight__c', operation: 'upsert', externalIdFieldName: 'OO_AccountKey__c', input: rows, pollInterval: 5, pollTimeout: 10_000 });
  return results as unknown as Results;
}

async function bulkQuery(userId: string, soql: string): Promise<Record<string, string>[]> {
  const stream = await connectAs(t.org, userId).bulk2.query(soql);
  const rows: Record<string, string>[] = [];
  await new Promise((resolve, reject) => stream.on('record', (r: Record<string, string>) => rows.push(r)).on('end', resolve).on('error', reject));
  return rows;
}

describe('Bulk API 2.0 and the account insights (master-detail to Account)', () => {
  it('the integration user upserts one insight per account (JSON with quotes and commas intact), a second run overwrites them', async () => {
    const accounts = [...t.ids.accounts.values()];
    const data = (n: number) => JSON.stringify({ format: 'optimal-order-account-insight/1', products: ['85099B', '22423'], scores: [n, 0.5], note: 'a "quoted", comma' });
    const first = await upsertInsights(t.users.integration, accounts.map((a) => insight(a, data(1))));
    expect(first.successfulResults.map((r) => r.sf__Created)).toEqual(accounts.map(() => 'true'));
    const second = await upsertInsights(t.users.integration, accounts.map((a) => insight(a, data(2))));
    expect(second.successfulResults.map((r) => r.sf__Created)).toEqual(accounts.map(() => 'false'));
    expect(t.org.store.count('OO_AccountInsight__c')).toBe(accounts.length);
    expect([...t.org.store.records('OO_AccountInsight__c')].map((r) => JSON.parse(r.OO_Data__c as string).scores[0])).toEqual(accounts.map(() => 2));
  });

  it('a writer without access to an account gets a failed row for its insight; a rep reads the insights of its own accounts only', async () => {
    const [own, hidden] = [t.ids.accounts.get('12347')!, t.ids.accounts.get('12348')!];
    const writerId = t.org.createUser({ name: 'Wendy Writer', permissionSets: ['InsightWriter'] });
    t.org.store.update('Account', own, { OwnerId: writerId });
    const { successfulResults, failedResults } = await upsertInsights(writerId, [insight(own, '{}'), insight(hidden, '{}')]);
    expect(successfulResults.map((r) => r.OO_AccountKey__c)).toEqual([own]);
    expect(failedResults.map((r) => [r.OO_AccountKey__c, r.sf__Error])).toEqual([[hidden, `INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY:insufficient access rights on cross-reference id: ${hidden}:OO_Account__c --`]]);
    await upsertInsights(t.users.integration, [insight(hidden, '{"x":1}')]);
    t.org.store.update('Account', hidden, { OwnerId: t.users.rep });
    expect((await bulkQuery(t.users.rep, 'SELECT OO_AccountKey__c, OO_Data__c FROM OO_AccountInsight__c')).map((r) => r.OO_AccountKey__c)).toEqual([hidden]);
    expect((await bulkQuery(t.users.otherRep, 'SELECT OO_AccountKey__c FROM OO_AccountInsight__c'))).toEqual([]);
  });
});
