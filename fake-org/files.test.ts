import { describe, expect, it } from 'vitest';
import { apiCaller, queryPath } from './apiCaller.js';
import { FakeOrg } from './FakeOrg.js';
import { permissionSetsFromManifest } from './permissionSetsFromManifest.js';
import { seedUsers } from './seed/index.js';

const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

function setup() {
  const org = new FakeOrg({ permissionSets: permissionSetsFromManifest() });
  const users = seedUsers(org);
  const library = org.store.create('ContentWorkspace', { Name: 'Optimal Order' }).Id;
  for (const member of [users.integration, users.rep]) org.store.create('ContentWorkspaceMember', { ContentWorkspaceId: library, MemberId: member });
  const call = apiCaller(org);
  const as = (userId: string) => {
    const token = org.issueSession(userId);
    return {
      upload: (fields: Record<string, unknown>) => call('POST', '/sobjects/ContentVersion', { Title: 'Model', PathOnClient: 'model.json', VersionData: base64('{}'), ...fields }, token),
      ids: async (soql: string) => ((await call('GET', queryPath(soql), undefined, token)).body.records as { Id: string }[]).map((r) => r.Id),
      get: (path: string) => call('GET', path, undefined, token),
    };
  };
  return { org, users, library, as };
}

describe('Salesforce Files: owners, libraries, versions', () => {
  it('a file published into a library is its uploader’s, seen by the library’s members only', async () => {
    const { org, users, library, as } = setup();
    const uploaded = await as(users.integration).upload({ FirstPublishLocationId: library });
    expect(uploaded.status).toBe(201);
    const version = org.store.get(uploaded.body.id)!;
    const document = org.store.get(version.ContentDocumentId as string)!;
    expect(version).toMatchObject({ CreatedById: users.integration, OwnerId: users.integration });
    expect(document).toMatchObject({ OwnerId: users.integration, ParentId: library });
    expect(await as(users.rep).ids('SELECT Id FROM ContentVersion')).toEqual([version.Id]);
    expect(await as(users.rep).ids('SELECT Id FROM ContentDocument')).toEqual([document.Id]);
    // Not a member: nothing, not even by id; not even an administrator (as Salesforce: View All Data does not cover files).
    expect(await as(users.manager).ids('SELECT Id FROM ContentVersion')).toEqual([]);
    expect((await as(users.manager).get(`/sobjects/ContentVersion/${version.Id}/VersionData`)).status).toBe(404);
    expect(await as(org.store.userId!).ids('SELECT Id FROM ContentVersion')).toEqual([]);
  });

  it('a file in no library is seen by its owner only', async () => {
    const { users, as } = setup();
    const own = await as(users.rep).upload({});
    expect(await as(users.rep).ids('SELECT Id FROM ContentVersion')).toEqual([own.body.id]);
    expect(await as(users.otherRep).ids('SELECT Id FROM ContentVersion')).toEqual([]);
  });

  it('only the document’s owner adds a version; others get INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', async () => {
    const { org, users, library, as } = setup();
    const first = await as(users.integration).upload({ FirstPublishLocationId: library });
    const documentId = org.store.get(first.body.id)!.ContentDocumentId as string;
    // A member of the library (it sees the document) may not replace it, nor may a user who does not see it.
    for (const intruder of [users.rep, users.manager]) {
      const refused = await as(intruder).upload({ ContentDocumentId: documentId });
      expect(refused).toEqual({ status: 400, body: [{ errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', message: `insufficient access rights on cross-reference id: ${documentId}`, fields: ['ContentDocumentId'] }] });
    }
    const second = await as(users.integration).upload({ ContentDocumentId: documentId });
    expect(second.status).toBe(201);
    expect(await as(users.rep).ids('SELECT Id FROM ContentVersion WHERE IsLatest = true')).toEqual([second.body.id]);
  });

  it('publishing into a library needs membership', async () => {
    const { users, library, as } = setup();
    const refused = await as(users.otherRep).upload({ FirstPublishLocationId: library });
    expect(refused.body[0]).toMatchObject({ errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', fields: ['FirstPublishLocationId'] });
  });
});
