import { describe, expect, it } from 'vitest';
import { BULK_UPLOAD_LIMIT, bulkJobs } from './bulkJobs.js';
import { rawCall, useBulkTestOrg } from './bulkTestOrg.js';

const t = useBulkTestOrg();
const call = (method: string, path: string, body?: unknown, token = t.token) =>
  rawCall(t.org, token, method, path, typeof body === 'string' || body === undefined ? body : JSON.stringify(body), typeof body === 'string' ? 'text/csv' : 'application/json');
const newJob = async (request: Record<string, unknown> = { object: 'OO_Proposal__c', operation: 'insert' }) => (await call('POST', '/jobs/ingest', request)).body;
const csvOf = (keys: string[]) => `OO_ExternalId__c,OO_Account__c,OO_Status__c\n${keys.map((k) => `${k},${t.ids.accounts.get('12347')},accepted`).join('\n')}\n`;

describe('Bulk API 2.0 jobs: states, limits and errors as Salesforce answers them', () => {
  it('moves a job Open → UploadComplete → InProgress → JobComplete, refusing what each state does not allow with 409', async () => {
    const job = await newJob();
    expect(job).toMatchObject({ state: 'Open', operation: 'insert', object: 'OO_Proposal__c', contentType: 'CSV', lineEnding: 'LF', columnDelimiter: 'COMMA', contentUrl: `services/data/v62.0/jobs/ingest/${job.id}/batches` });
    expect(job.id).toMatch(/^750\w{15}$/);
    const path = `/jobs/ingest/${job.id}`;
    expect((await call('GET', `${path}/successfulResults`)).body[0]).toMatchObject({ errorCode: 'INVALIDJOBSTATE' });
    expect((await call('PUT', `${path}/batches`, csvOf(['s-1', 's-2']))).status).toBe(201);
    expect((await call('DELETE', path)).status).toBe(409);
    expect(await call('PATCH', path, { state: 'UploadComplete' })).toMatchObject({ status: 200, body: { state: 'UploadComplete' } });
    expect((await call('PUT', `${path}/batches`, csvOf(['s-3']))).status).toBe(409);
    expect((await call('PATCH', path, { state: 'UploadComplete' })).body).toEqual([{ errorCode: 'INVALIDJOBSTATE', message: `Closing the job is not allowed for job ${job.id} in state UploadComplete` }]);
    expect(t.org.store.count('OO_Proposal__c')).toBe(0);
    expect((await call('GET', path)).body).toMatchObject({ state: 'InProgress' });
    expect((await call('GET', path)).body).toMatchObject({ state: 'JobComplete', numberRecordsProcessed: 2, numberRecordsFailed: 0 });
    expect((await call('PATCH', path, { state: 'Aborted' })).status).toBe(409);
    expect((await call('PATCH', path, { state: 'JobComplete' })).status).toBe(400);
    expect((await call('GET', `${path}/failedResults`)).body).toBe('"sf__Id","sf__Error","OO_ExternalId__c","OO_Account__c","OO_Status__c"\n');
    expect((await call('DELETE', path)).status).toBe(204);
    expect(await call('GET', path)).toEqual(expect.objectContaining({ status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] }));
  });

  it('an aborted job writes nothing and gives its rows back as unprocessed', async () => {
    const job = await newJob();
    await call('PUT', `/jobs/ingest/${job.id}/batches`, csvOf(['a-1', 'a-2']));
    expect((await call('PATCH', `/jobs/ingest/${job.id}`, { state: 'Aborted' })).body.state).toBe('Aborted');
    expect((await call('GET', `/jobs/ingest/${job.id}/unprocessedrecords`)).body).toBe(`"OO_ExternalId__c","OO_Account__c","OO_Status__c"\n"a-1","${t.ids.accounts.get('12347')}","accepted"\n"a-2","${t.ids.accounts.get('12347')}","accepted"\n`);
    expect(t.org.store.count('OO_Proposal__c')).toBe(0);
    // The job list holds the user's own jobs (an administrator's: all).
    expect((await call('GET', '/jobs/ingest')).body.records.map((j: { id: string }) => j.id)).toEqual([job.id]);
    expect((await call('GET', '/jobs/ingest', undefined, t.org.issueSession(t.users.rep))).body.records).toEqual([]);
  });

  it('refuses an expired session (401 INVALID_SESSION_ID), an unknown job (404), a second upload (on close) and one over the size limit', async () => {
    const expired = t.org.issueSession();
    t.org.expireSession(expired);
    expect(await call('POST', '/jobs/ingest', { object: 'Account', operation: 'insert' }, expired)).toMatchObject({ status: 401, body: [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }] });
    expect((await call('GET', '/jobs/ingest/750000000000099AAA')).status).toBe(404);
    const twice = await newJob();
    await call('PUT', `/jobs/ingest/${twice.id}/batches`, csvOf(['t-1']));
    await call('PUT', `/jobs/ingest/${twice.id}/batches`, csvOf(['t-2']));
    expect((await call('PATCH', `/jobs/ingest/${twice.id}`, { state: 'UploadComplete' })).body[0]).toMatchObject({ errorCode: 'INVALIDJOB', message: expect.stringContaining('only do \'PUT\' once') });
    expect(BULK_UPLOAD_LIMIT).toBe(150 * 1024 * 1024);
    bulkJobs(t.org).uploadLimitBytes = 64;
    const big = await newJob();
    expect(await call('PUT', `/jobs/ingest/${big.id}/batches`, csvOf(['b-1', 'b-2']))).toMatchObject({ status: 413, body: [{ errorCode: 'CLIENTINPUTERROR' }] });
    expect((await call('PUT', `/jobs/ingest/${big.id}/batches`, 'OO_ExternalId__c\nb-1\n')).status).toBe(201);
  });

  it('checks a new job: an object the user may read, an upsert key that is an external id, Salesforce’s CSV settings', async () => {
    const refused = async (request: Record<string, unknown>) => (await call('POST', '/jobs/ingest', request)).body[0];
    expect(await refused({ object: 'Widget__c', operation: 'insert' })).toMatchObject({ errorCode: 'INVALIDJOB', message: 'InvalidJob : Unable to find object: Widget__c' });
    expect(await refused({ object: 'OO_Proposal__c', operation: 'merge' })).toMatchObject({ errorCode: 'INVALIDJOB' });
    expect(await refused({ object: 'OO_Proposal__c', operation: 'upsert' })).toMatchObject({ errorCode: 'INVALIDJOB' });
    expect(await refused({ object: 'OO_Proposal__c', operation: 'upsert', externalIdFieldName: 'OO_Status__c' })).toMatchObject({ errorCode: 'INVALIDJOB' });
    expect(await refused({ object: 'OO_Proposal__c', operation: 'insert', lineEnding: 'CR' })).toMatchObject({ errorCode: 'INVALIDJOB', message: 'InvalidJob : lineEnding must be one of LF, CRLF: CR' });
    expect((await call('POST', '/jobs/ingest', '{not json')).body[0].errorCode).toBe('JSON_PARSER_ERROR');
    expect((await call('POST', '/jobs/ingest', { object: 'oo_proposal__c', operation: 'upsert', externalIdFieldName: 'oo_externalid__c' })).body).toMatchObject({ object: 'OO_Proposal__c', externalIdFieldName: 'OO_ExternalId__c' });
  });

  it('reads the job’s delimiter and line ending, writes its results with them, and fails a row whose record is locked', async () => {
    const job = await newJob({ object: 'OO_Proposal__c', operation: 'insert', columnDelimiter: 'SEMICOLON', lineEnding: 'CRLF' });
    const account = t.ids.accounts.get('12347');
    await call('PUT', `/jobs/ingest/${job.id}/batches`, `OO_ExternalId__c;OO_Account__c;OO_Status__c;OO_RejectionReason__c\r\n"d;1";${account};accepted;"two\r\nlines, ""quoted"""\r\nd-2;${account};accepted;\r\n`);
    await call('PATCH', `/jobs/ingest/${job.id}`, { state: 'UploadComplete' });
    t.org.faults.lockedRows = 1;
    await call('GET', `/jobs/ingest/${job.id}`);
    expect((await call('GET', `/jobs/ingest/${job.id}`)).body).toMatchObject({ state: 'JobComplete', numberRecordsProcessed: 2, numberRecordsFailed: 1 });
    expect((await call('GET', `/jobs/ingest/${job.id}/failedResults`)).body).toBe(
      `"sf__Id";"sf__Error";"OO_ExternalId__c";"OO_Account__c";"OO_Status__c";"OO_RejectionReason__c"\r\n"";"UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or 1 records:--";"d;1";"${account}";"accepted";"two\r\nlines, ""quoted"""\r\n`,
    );
    expect([...t.org.store.records('OO_Proposal__c')].map((r) => r.OO_ExternalId__c)).toEqual(['d-2']);
  });
});
