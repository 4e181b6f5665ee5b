import { expect } from 'vitest';
import type { FakeOrg } from '../../fake-org/index.js';
import { runCommand } from '../support/runCommand.js';

/**
 * As the admin guide sets it up: the nightly `optimal-order prepare --org` run as the integration
 * user against the served REST API (it must say the model is stored in the org), then the engine
 * setting `setting` pins the document it made.
 */
export async function prepareAndPinModel(org: FakeOrg, apiUrl: string, integrationUser: string, setting: string): Promise<void> {
  const prepared = await runCommand('prepare', '--org', apiUrl, '--token', org.issueSession(integrationUser));
  expect(prepared.stderr + prepared.stdout).toMatch(/stored in the org/);
  expect(prepared.code).toBe(0);
  const [model] = org.store.records('ContentDocument');
  org.store.update('OO_EngineSetting__mdt', setting, { OO_ModelDocumentId__c: model!.Id });
}
