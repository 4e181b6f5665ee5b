import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSalesforceConnector } from '../../connector/index.js';
import { FakeOrg } from '../FakeOrg.js';
import { fakeOrgHandlers, FAKE_INSTANCE_URL } from '../handlers.js';
import { permissionSetsFromManifest } from '../permissionSetsFromManifest.js';
import { seedModelLibrary } from './seedModelLibrary.js';
import { seedOrg } from './seedOrg.js';
import { seedUsers } from './seedUsers.js';
import { smallSeed } from './smallSeed.js';

const org = new FakeOrg({ permissionSets: permissionSetsFromManifest() });
const ids = seedOrg(org.store, smallSeed());
const users = seedUsers(org);
const server = setupServer(...fakeOrgHandlers(org));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const connectorAs = (userId: string) => createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: org.issueSession(userId) });

describe('seedModelLibrary: the model set up as the admin guide has it (the demo does this)', () => {
  it('lets the integration user publish the model, and a rep read the pinned version', async () => {
    const { library, setting } = seedModelLibrary(org.store, users.integration, [users.rep]);
    const saved = await connectorAs(users.integration).saveModel('{"model":1}', 'seeded');
    expect(saved).toMatchObject({ newDocument: true, userId: users.integration });
    expect(org.store.get(saved.documentId)).toMatchObject({ ParentId: library, OwnerId: users.integration });
    org.store.update('OO_EngineSetting__mdt', setting, { OO_ModelDocumentId__c: saved.documentId });
    const view = await connectorAs(users.rep).loadAccountView(ids.accounts.get('12347')!, '2011-09-01');
    expect(view.modelProblem).toBeUndefined();
    expect(view.model?.versionId).toBe(saved.versionId);
    // A rep outside the library does not see the model.
    const outside = await connectorAs(users.otherRep).loadAccountView(ids.accounts.get('12347')!, '2011-09-01');
    expect(outside.model).toBeNull();
  });
});
