import { describe, expect, it } from 'vitest';
import { connectAs, rawCall, useBulkTestOrg } from './bulkTestOrg.js';

const t = useBulkTestOrg();

/** An ingest job's results, as jsforce parses the CSV: strings by column. */
type Results = Record<'successfulResults' | 'failedResults' | 'unprocessedRecords', Record<string, string>[]>;

/** Proposals of the small seed's accounts, one per key (`status` for all). */
const proposals = (keys: string[], account: string, status = 'accepted') => keys.map((k) => ({ OO_ExternalId__c: k, OO_Account__c: account, OO_Status__c: status }));

/** An ingest job run to the end with jsforce (open, upload, close, poll), its results and final info. */
async function runJob(userId: string | undefined, options: { object: string; operation: 'insert' | 'update' | 'upsert' | 'delete'; externalIdFieldName?: string }, input: Record<string, unknown>[] | string) {
  const job = connectAs(t.org, userId).bulk2.createJob(options);
  await job.open();
  await job.uploadData(input);
  await job.close();
  await job.poll();
  return { ...((await job.getAllResults()) as unknown as Results), info: await job.check() };
}

describe('Bulk API 2.0 ingest jobs', () => {
  it('an upsert on an external id creates the records, and a second run updates the same ones (no new record)', async () => {
    const account = t.ids.accounts.get('12347')!;
    const options = { object: 'OO_Proposal__c', operation: 'upsert' as const, externalIdFieldName: 'OO_ExternalId__c' };
    const first = await runJob(undefined, options, proposals(['n-1', 'n-2', 'n-3'], account));
    expect(first.successfulResults.map((r) => r.sf__Created)).toEqual(['true', 'true', 'true']);
    expect(first.failedResults).toEqual([]);
    expect(t.org.store.count('OO_Proposal__c')).toBe(3);
    const second = await runJob(undefined, options, proposals(['n-1', 'n-2', 'n-3'], account, 'declined'));
    expect(second.successfulResults.map((r) => [r.sf__Id, r.sf__Created])).toEqual(first.successfulResults.map((r) => [r.sf__Id, 'false']));
    expect(t.org.store.count('OO_Proposal__c')).toBe(3);
    expect([...t.org.store.records('OO_Proposal__c')].map((r) => r.OO_Status__c)).toEqual(['declined', 'declined', 'declined']);
    expect(second.info).toMatchObject({ state: 'JobComplete', jobType: 'V2Ingest', numberRecordsProcessed: 3, numberRecordsFailed: 0, externalIdFieldName: 'OO_ExternalId__c' });
  });

  it('a bad row lands in failedResults with Salesforce’s error, the others are written (not all-or-none)', async () => {
    const account = t.ids.accounts.get('12347')!;
    const rows = [
      ...proposals(['ok-1'], account),
      { OO_ExternalId__c: 'no-status', OO_Account__c: account },
      { OO_ExternalId__c: 'bad-status', OO_Account__c: account, OO_Status__c: 'maybe' },
      { OO_ExternalId__c: 'bad-account', OO_Account__c: '001000000000000AAA', OO_Status__c: 'accepted' },
      ...proposals(['ok-2'], account),
    ];
    const { successfulResults, failedResults, unprocessedRecords, info } = await runJob(undefined, { object: 'OO_Proposal__c', operation: 'insert' }, rows);
    expect(successfulResults.map((r) => r.OO_ExternalId__c)).toEqual(['ok-1', 'ok-2']);
    expect(failedResults.map((r) => [r.OO_ExternalId__c, r.sf__Id, r.sf__Error])).toEqual([
      ['no-status', '', 'REQUIRED_FIELD_MISSING:Required fields are missing: [OO_Status__c]:OO_Status__c --'],
      ['bad-status', '', 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:OO_Status__c: bad value for restricted picklist field: maybe:OO_Status__c --'],
      ['bad-account', '', 'INVALID_CROSS_REFERENCE_KEY:invalid cross reference id: OO_Account__c = 001000000000000AAA:OO_Account__c --'],
    ]);
    expect(unprocessedRecords).toEqual([]);
    expect(info).toMatchObject({ numberRecordsProcessed: 5, numberRecordsFailed: 3 });
    expect([...t.org.store.records('OO_Proposal__c')].map((r) => r.OO_ExternalId__c)).toEqual(['ok-1', 'ok-2']);
  });

  it('updates by Id: an empty value leaves a field, #N/A clears it; deletes by Id; a row without Id fails', async () => {
    const account = t.ids.accounts.get('12347')!;
    const made = t.org.store.create('OO_Proposal__c', { OO_ExternalId__c: 'u-1', OO_Account__c: account, OO_Status__c: 'accepted', OO_Segment__c: 'A', OO_ProposedValue__c: 10 });
    const csv = `Id,OO_Segment__c,OO_ProposedValue__c,OO_Status__c\n${made.Id},#N/A,12.5,\n,B,1,declined\n`;
    const updated = await runJob(undefined, { object: 'OO_Proposal__c', operation: 'update' }, csv);
    expect(t.org.store.get(made.Id)).toMatchObject({ OO_Segment__c: null, OO_ProposedValue__c: 12.5, OO_Status__c: 'accepted' });
    expect(updated.successfulResults).toEqual([{ sf__Id: made.Id, sf__Created: 'false', Id: made.Id, OO_Segment__c: '#N/A', OO_ProposedValue__c: '12.5', OO_Status__c: '' }]);
    expect(updated.failedResults.map((r) => r.sf__Error)).toEqual(['MISSING_ARGUMENT:Id not specified in an update call:--']);
    await runJob(undefined, { object: 'OO_Proposal__c', operation: 'delete' }, [{ Id: made.Id }]);
    expect(t.org.store.get(made.Id)!.IsDeleted).toBe(true);
  });

  it('a column the object lacks fails the job as a whole: every row unprocessed, jsforce’s poll says why', async () => {
    const job = connectAs(t.org).bulk2.createJob({ object: 'OO_Proposal__c', operation: 'insert' });
    await job.open();
    await job.uploadData('OO_ExternalId__c,Colour__c\nk-1,red\nk-2,blue\n');
    await job.close();
    await expect(job.poll()).rejects.toThrow('Ingest job failed to complete due to: InvalidBatch : Field name not found : Colour__c');
    const results = await job.getAllResults();
    expect(results).toMatchObject({ successfulResults: [], failedResults: [], unprocessedRecords: [{ OO_ExternalId__c: 'k-1', Colour__c: 'red' }, { OO_ExternalId__c: 'k-2', Colour__c: 'blue' }] });
    expect(t.org.store.count('OO_Proposal__c')).toBe(0);
  });
});
