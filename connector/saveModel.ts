import { ConnectorError } from './ConnectorError.js';
import { engineSettingFrom, engineSettingQuery, sameId, type EngineSetting } from './engineSetting.js';
import type { OrgClient } from './orgClient.js';
import type { EngineSettingRecord } from './rulesFromRecords.js';
import type { SavedModel } from './SalesforcePort.js';
import { ENGINE_SETTING_RECORD, MODEL_FILE, PACKAGE_OBJECTS, SETTING_LABEL } from './packageSchema.js';
import { compositeRef, soql } from './soql.js';
import { utf8Base64 } from './utf8Base64.js';

/** Where the admin pins the model, as errors name it. */
const SETTING = SETTING_LABEL;
const S = PACKAGE_OBJECTS.engineSetting;

/**
 * `SalesforcePort.saveModel`: the running user (`/services/oauth2/userinfo`), the settings and the
 * pinned document's owner (one Composite read), then the new version. With a pinned document, the
 * running user must own it and be the integration user, else nothing is written; with none, a new
 * document is published into the model library (`FirstPublishLocationId`), and its id returned for
 * the admin to pin.
 */
export async function saveModel(client: OrgClient, text: string, description: string): Promise<SavedModel> {
  const me = await client.call<{ user_id?: string }>('GET', '/services/oauth2/userinfo');
  const userId = me.user_id;
  if (!userId) throw new ConnectorError('BAD_RESPONSE', 'Salesforce did not say who the running user is (/services/oauth2/userinfo has no user_id)', { record: 'userinfo', field: 'user_id' });
  const read = await client.read([
    { referenceId: 'setting', query: engineSettingQuery },
    { referenceId: 'document', query: soql`SELECT Id, OwnerId FROM ContentDocument WHERE Id = ${compositeRef(`setting.records[0].${S.modelDocumentId}`)}` },
  ]);
  const setting = engineSettingFrom((await read.records<EngineSettingRecord>('setting'))[0]);
  const file = { Title: MODEL_FILE.title, PathOnClient: MODEL_FILE.pathOnClient, Description: description.slice(0, 1000), VersionData: utf8Base64(text) };
  if (setting.modelDocumentId) {
    const document = ownedDocument(setting, setting.modelDocumentId, userId, read.failure('document') ? [] : await read.records<{ Id: string; OwnerId: string }>('document'));
    const created = await client.call<{ id: string }>('POST', '/sobjects/ContentVersion', { ...file, ContentDocumentId: document });
    return { versionId: created.id, documentId: document, newDocument: false, userId };
  }
  if (!setting.modelLibraryId) {
    throw new ConnectorError('MODEL_LIBRARY_NOT_SET', `No model document is pinned and no library is set to publish a new one in: set ${S.modelLibraryId} in ${SETTING} to the library reps and managers read. Nothing was written.`, { record: `${S.object}.${ENGINE_SETTING_RECORD}`, field: S.modelLibraryId });
  }
  const created = await client.call<{ id: string }>('POST', '/sobjects/ContentVersion', { ...file, FirstPublishLocationId: setting.modelLibraryId });
  const [version] = await client.query<{ ContentDocumentId: string }>(soql`SELECT ContentDocumentId FROM ContentVersion WHERE Id = ${created.id}`);
  if (!version) throw new ConnectorError('NOT_FOUND', `The new model version ${created.id} cannot be read back`, { record: created.id });
  return { versionId: created.id, documentId: version.ContentDocumentId, newDocument: true, userId };
}

/** The pinned document's id when the running user owns it and is the integration user; else why not, before anything is written. */
function ownedDocument(setting: EngineSetting, documentId: string, userId: string, found: { Id: string; OwnerId: string }[]): string {
  const refuse = (code: string, message: string, field: string) => new ConnectorError(code, `${message} Nothing was written.`, { record: documentId, field });
  const [document] = found;
  if (!document) throw refuse('MODEL_DOCUMENT_NOT_FOUND', `The pinned model document ${documentId} (${S.modelDocumentId} in ${SETTING}) does not exist or is not visible to you.`, S.modelDocumentId);
  if (!sameId(document.OwnerId, userId)) {
    throw refuse('MODEL_DOCUMENT_NOT_OWNED', `The pinned model document ${documentId} belongs to user ${document.OwnerId}, not to you (${userId}): prepare runs as the document's owner, the integration user.`, 'OwnerId');
  }
  if (setting.integrationUserId && !sameId(setting.integrationUserId, userId)) {
    throw refuse('NOT_INTEGRATION_USER', `You (${userId}) are not the integration user ${setting.integrationUserId} (${S.integrationUserId} in ${SETTING}): reps would not read a version you store.`, S.integrationUserId);
  }
  return document.Id;
}
