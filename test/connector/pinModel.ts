import { createSalesforceConnector, historyFromOrgLines } from '../../connector/index.js';
import { encodePreparedModel, fitOptimalOrder, parseDateTime } from '../../engine/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import type { FakeOrgFixture } from '../support/useFakeOrg.js';

/** The test's as-of day for prepared models. */
export const MODEL_AS_OF = '2011-07-01';

/** A connector of one user of the fake org (a session the org issued for it). */
export function connectorAs(fake: FakeOrgFixture, userId?: string) {
  return createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: userId ? fake.org.issueSession(userId) : fake.token, retry: { sleep: async () => {} }, bulk: { pollIntervalMs: 1 } });
}

/**
 * The org as an admin sets it up for the model (the admin guide): a library the reps and the
 * manager belong to, and the engine settings naming it and the integration user. Gives the ids.
 */
export function setUpModelLibrary(fake: FakeOrgFixture, values: Record<string, unknown> = {}): { library: string; setting: string } {
  const { store } = fake.org;
  const library = store.create('ContentWorkspace', { Name: 'Optimal Order' }, { asSystem: true }).Id;
  for (const member of [fake.users.rep, fake.users.otherRep, fake.users.manager]) store.create('ContentWorkspaceMember', { ContentWorkspaceId: library, MemberId: member }, { asSystem: true });
  const setting = store.create('OO_EngineSetting__mdt', { DeveloperName: 'Default', MasterLabel: 'Default', OO_ModelLibraryId__c: library, OO_IntegrationUserId__c: fake.users.integration, ...values }, { asSystem: true }).Id;
  return { library, setting };
}

/** Prepares a model over the whole org as the integration user and stores it with every account's insight (`optimal-order prepare`); gives what was stored. */
export async function prepareModel(fake: FakeOrgFixture, userId = fake.users.integration) {
  const admin = connectorAs(fake, userId);
  const { history, product2Ids } = historyFromOrgLines(await admin.loadAllOrderLines());
  const full = fitOptimalOrder(history, parseDateTime(MODEL_AS_OF));
  const model = full.prepare();
  model.productRefs = model.productIds.map((id) => product2Ids.get(id)!);
  const text = encodePreparedModel(model);
  const saved = await admin.saveModel(text, 'test model');
  // Every account's insight, as prepare writes them (Bulk API upsert on the account key).
  const insights = new Map(history.customerIds.flatMap((id, c) => (full.insight(c) ? [[id, full.insight(c)!] as const] : [])));
  const written = await admin.saveInsights(insights.values());
  if (written.failed.length) throw new Error(`insights not written: ${JSON.stringify(written.failed)}`);
  return { history, full, model, text, insights, ...saved };
}

/** Library, settings, a first prepare, and the document pinned, as the admin guide has it. */
export async function pinPreparedModel(fake: FakeOrgFixture) {
  const ids = setUpModelLibrary(fake);
  const prepared = await prepareModel(fake);
  fake.org.store.update('OO_EngineSetting__mdt', ids.setting, { OO_ModelDocumentId__c: prepared.documentId });
  return { ...ids, ...prepared };
}
