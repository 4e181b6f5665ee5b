import { describe, expect, it } from 'vitest';
import { apiCaller } from './apiCaller.js';
import { FakeOrg } from './FakeOrg.js';
import { permissionSetsFromManifest } from './permissionSetsFromManifest.js';
import { SCHEMA } from './schema.js';
import { seedUsers } from './seed/index.js';

function setup() {
  const apiOnly = { name: 'ApiOnly', objects: {}, customPermissions: [], customMetadataTypes: [], userPermissions: ['ApiEnabled'] };
  const org = new FakeOrg({ permissionSets: [...permissionSetsFromManifest(), apiOnly] });
  const users = seedUsers(org);
  const call = apiCaller(org);
  return { org, users, get: (path: string, userId?: string) => call('GET', path, undefined, org.issueSession(userId)) };
}

describe('describe', () => {
  it('describes every object of the package and the connector: fields with their type, label, length and flags', async () => {
    const { get } = setup();
    for (const o of SCHEMA) {
      const answer = await get(`/sobjects/${o.name}/describe`);
      expect(answer.status, o.name).toBe(200);
      expect(answer.body.fields.map((f: { name: string }) => f.name)).toEqual(o.fields.map((f) => f.name));
    }
    const proposal = (await get('/sobjects/OO_Proposal__c/describe')).body;
    expect(proposal).toMatchObject({ name: 'OO_Proposal__c', keyPrefix: 'a01', custom: true, createable: true, urls: { describe: '/services/data/v62.0/sobjects/OO_Proposal__c/describe' } });
    const field = (name: string) => proposal.fields.find((f: { name: string }) => f.name === name);
    expect(field('OO_ExternalId__c')).toMatchObject({ type: 'string', externalId: true, unique: true, nillable: false, createable: true, updateable: true, length: 255, custom: true });
    expect(field('OO_Account__c')).toMatchObject({ type: 'reference', referenceTo: ['Account'], relationshipName: 'OO_Account__r', nillable: false });
    expect(field('Id')).toMatchObject({ type: 'id', createable: false, updateable: false, nillable: false, length: 18 });
    expect(field('CreatedDate')).toMatchObject({ createable: false, updateable: false });
    const line = (await get('/sobjects/OO_ProposalLine__c/describe')).body.fields.find((f: { name: string }) => f.name === 'OO_Proposal__c');
    expect(line).toMatchObject({ cascadeDelete: true, updateable: false });
    const setting = (await get('/sobjects/OO_EngineSetting__mdt/describe')).body.fields.find((f: { name: string }) => f.name === 'OO_ModelDocumentId__c');
    expect(setting).toMatchObject({ type: 'string', length: 18, label: 'Model Document ID' });
  });

  it('lists the objects in the global describe, as the user may read them', async () => {
    const { users, get } = setup();
    const all = (await get('/sobjects')).body;
    expect(all).toMatchObject({ encoding: 'UTF-8', maxBatchSize: 200 });
    expect(all.sobjects.map((o: { name: string }) => o.name)).toEqual(SCHEMA.map((o) => o.name));
    const forManager = (await get('/sobjects', users.manager)).body.sobjects;
    expect(forManager.find((o: { name: string }) => o.name === 'OO_Proposal__c')).toMatchObject({ createable: false, queryable: true });
  });

  it('answers 404 NOT_FOUND for an unknown object, or one the user may not read, as Salesforce does', async () => {
    const { org, get } = setup();
    const missing = { status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] };
    expect(await get('/sobjects/Widget__c/describe')).toEqual(missing);
    const nobody = org.createUser({ name: 'Nobody', permissionSets: ['ApiOnly'] });
    expect(await get('/sobjects/Opportunity/describe', nobody)).toEqual(missing);
    expect((await get('/sobjects', nobody)).body.sobjects.map((o: { name: string }) => o.name)).not.toContain('Opportunity');
  });
});
