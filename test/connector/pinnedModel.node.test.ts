import { describe, expect, it } from 'vitest';
import { ConnectorError, MODEL_FILE } from '../../connector/index.js';
import { useFakeOrg } from '../support/useFakeOrg.js';
import { connectorAs, MODEL_AS_OF, pinPreparedModel, prepareModel, setUpModelLibrary } from './pinModel.js';

const fake = useFakeOrg();
const acme = () => fake.ids.accounts.get('12347')!;
const versions = () => [...fake.org.store.records('ContentVersion')];

describe('the prepared model is pinned', () => {
  it('the first prepare publishes a new document into the library and says which; a rep reads it once it is pinned', async () => {
    const { library, setting } = setUpModelLibrary(fake);
    const first = await prepareModel(fake);
    expect(first).toMatchObject({ newDocument: true, userId: fake.users.integration, documentId: expect.stringMatching(/^069/) });
    expect(fake.org.store.get(first.documentId)).toMatchObject({ OwnerId: fake.users.integration, ParentId: library });
    expect(fake.org.store.get(first.versionId)).toMatchObject({ FirstPublishLocationId: library, Title: MODEL_FILE.title });

    const rep = connectorAs(fake, fake.users.rep);
    const unpinned = await rep.loadAccountView(acme(), MODEL_AS_OF);
    expect(unpinned.model).toBeNull();
    expect(unpinned.modelProblem).toContain('OO_ModelDocumentId__c');

    fake.org.store.update('OO_EngineSetting__mdt', setting, { OO_ModelDocumentId__c: first.documentId });
    const view = await rep.loadAccountView(acme(), MODEL_AS_OF);
    expect(view.model).toEqual({ versionId: first.versionId, createdDate: expect.any(String), text: first.text });
    expect(view.modelProblem).toBeUndefined();
  });

  it('a later prepare adds a version to the pinned document, never a new document', async () => {
    const pinned = await pinPreparedModel(fake);
    const again = await prepareModel(fake);
    expect(again).toMatchObject({ newDocument: false, documentId: pinned.documentId });
    expect(fake.org.store.count('ContentDocument')).toBe(1);
    expect(versions().map((v) => v.IsLatest)).toEqual([false, true]);
    expect((await connectorAs(fake, fake.users.rep).loadAccountView(acme(), MODEL_AS_OF)).model?.versionId).toBe(again.versionId);
  });

  it('reads nothing found by title: a same-title file shared by anyone else is never read', async () => {
    setUpModelLibrary(fake);
    // A rep's own file with the model's title: without a pinned document, no model at all.
    fake.org.asUser(fake.users.otherRep, () => fake.org.store.create('ContentVersion', { Title: MODEL_FILE.title, PathOnClient: MODEL_FILE.pathOnClient, VersionData: btoa('{"forged":true}') }));
    const view = await connectorAs(fake, fake.users.otherRep).loadAccountView(acme(), MODEL_AS_OF);
    expect(view.model).toBeNull();
    expect(view.modelProblem).toMatch(/No prepared model is pinned/);
  });

  it('reads no model when the latest version of the pinned document is from anyone but the integration user, and says so', async () => {
    const pinned = await pinPreparedModel(fake);
    // Someone with access to the document uploads a version of their own (here the org's administrator).
    const forged = fake.org.store.create('ContentVersion', { ContentDocumentId: pinned.documentId, PathOnClient: MODEL_FILE.pathOnClient, VersionData: btoa('{"forged":true}') }).Id;
    const view = await connectorAs(fake, fake.users.rep).loadAccountView(acme(), MODEL_AS_OF);
    expect(view.model).toBeNull();
    expect(view.modelProblem).toContain(forged);
    expect(view.modelProblem).toContain(`not by the integration user ${fake.users.integration}`);
    expect(fake.org.requests.at(-1)!.path).not.toContain('VersionData'); // the forged bytes are not even downloaded
  });

  it('reads no file, and says why, when the pinned id is not an id (Salesforce puts a referenced value into the query as it is)', async () => {
    const pinned = await pinPreparedModel(fake);
    // Another file the reader can see, and a setting that would select it if the query were trusted.
    fake.org.asUser(fake.users.rep, () => fake.org.store.create('ContentVersion', { PathOnClient: 'other.json', VersionData: btoa('{"other":true}') }));
    fake.org.store.update('OO_EngineSetting__mdt', pinned.setting, { OO_ModelDocumentId__c: "069000000000000' OR Title != 'y" });
    const view = await connectorAs(fake, fake.users.rep).loadAccountView(acme(), MODEL_AS_OF);
    expect(view.model).toBeNull();
    expect(view.modelProblem).toContain("069000000000000' OR Title != 'y");
  });

  it('reads no model without an integration user set, and says which setting is missing', async () => {
    const pinned = await pinPreparedModel(fake);
    fake.org.store.update('OO_EngineSetting__mdt', pinned.setting, { OO_IntegrationUserId__c: null });
    const view = await connectorAs(fake, fake.users.rep).loadAccountView(acme(), MODEL_AS_OF);
    expect(view).toMatchObject({ model: null, modelProblem: expect.stringContaining('OO_IntegrationUserId__c') });
  });

  it('says so when the pinned document is not shared with the reader', async () => {
    const pinned = await pinPreparedModel(fake);
    const outsider = fake.org.createUser({ name: 'Nina Newcomer', permissionSets: ['OO_Rep'] });
    const view = await connectorAs(fake, outsider).loadAccountView(acme(), MODEL_AS_OF);
    expect(view.model).toBeNull();
    expect(view.modelProblem).toContain(`${pinned.documentId} does not exist or is not shared with you`);
  });
});

describe('saveModel refuses what it must not write', () => {
  it('refuses a user who does not own the pinned document, and writes nothing', async () => {
    await pinPreparedModel(fake);
    const before = versions().length;
    const error = await prepareModel(fake, fake.users.manager).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ code: expect.stringMatching(/^MODEL_DOCUMENT_NOT_(OWNED|FOUND)$/) });
    expect((error as Error).message).toContain('Nothing was written');
    expect(versions()).toHaveLength(before);
  });

  it('refuses the document owner when the settings name another integration user', async () => {
    const pinned = await pinPreparedModel(fake);
    fake.org.store.update('OO_EngineSetting__mdt', pinned.setting, { OO_IntegrationUserId__c: fake.users.manager });
    await expect(prepareModel(fake)).rejects.toMatchObject({ code: 'NOT_INTEGRATION_USER', details: { field: 'OO_IntegrationUserId__c' } });
    expect(versions()).toHaveLength(1);
  });

  it('with nothing pinned and no library set, refuses rather than store a file reps cannot read', async () => {
    setUpModelLibrary(fake, { OO_ModelLibraryId__c: null });
    await expect(prepareModel(fake)).rejects.toMatchObject({ code: 'MODEL_LIBRARY_NOT_SET', details: { field: 'OO_ModelLibraryId__c' } });
    expect(versions()).toHaveLength(0);
  });
});
