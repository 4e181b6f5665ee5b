import { describe, expect, it } from 'vitest';
import { connectAs, useBulkTestOrg } from './bulkTestOrg.js';

// Accounts private: a rep sees (and may refer to) only the accounts it owns.
const p = useBulkTestOrg({ sharing: { Account: 'Private' } });

/** Proposals of an account, one per key. */
const proposals = (keys: string[], account: string) => keys.map((k) => ({ OO_ExternalId__c: k, OO_Account__c: account, OO_Status__c: 'accepted' }));

describe('Bulk API 2.0 ingest jobs run as their user', () => {
  it('a user without access to a parent account gets failed rows for it; its own account’s rows are written', async () => {
    const { org, ids, users } = p;
    const own = ids.accounts.get('12348')!;
    org.store.update('Account', own, { OwnerId: users.rep });
    const hidden = ids.accounts.get('12347')!;
    const job = connectAs(org, users.rep).bulk2.createJob({ object: 'OO_Proposal__c', operation: 'upsert', externalIdFieldName: 'OO_ExternalId__c' });
    await job.open();
    await job.uploadData([...proposals(['r-own'], own), ...proposals(['r-hidden'], hidden)]);
    await job.close();
    await job.poll();
    const { successfulResults, failedResults } = (await job.getAllResults()) as unknown as Record<string, Record<string, string>[]>;
    expect(successfulResults.map((r) => r.OO_ExternalId__c)).toEqual(['r-own']);
    expect(failedResults.map((r) => [r.OO_ExternalId__c, r.sf__Error])).toEqual([['r-hidden', `INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY:insufficient access rights on cross-reference id: ${hidden}:OO_Account__c --`]]);
    expect(org.store.get(successfulResults[0]!.sf__Id)).toMatchObject({ CreatedById: users.rep, OO_Account__c: own });
    // A manager (read only on proposals) may not create them at all.
    const managers = await (async () => {
      const j = connectAs(org, users.manager).bulk2.createJob({ object: 'OO_Proposal__c', operation: 'insert' });
      await j.open();
      await j.uploadData(proposals(['m-1'], own));
      await j.close();
      await j.poll();
      return j.getFailedResults();
    })();
    expect(managers.map((r) => r.sf__Error)).toEqual(['INSUFFICIENT_ACCESS_OR_READONLY:insufficient access rights on object type: OO_Proposal__c:--']);
  });
});
