import type { CompositeRead, ReadRequest } from './compositeRead.js';
import { sameId, type EngineSetting } from './engineSetting.js';
import { PACKAGE_OBJECTS, SETTING_LABEL } from './packageSchema.js';
import { compositeRef, soql } from './soql.js';

/** The pinned model's latest version, as queried. */
export interface ModelVersionRecord {
  Id: string;
  ContentDocumentId: string;
  CreatedById: string;
  CreatedDate: string;
}

/** Where the admin pins the model: named in every reason given. */
const SETTING = SETTING_LABEL;
const S = PACKAGE_OBJECTS.engineSetting;

/**
 * The read of the pinned document's latest version, in the Composite request that reads the
 * settings (`setting`): the document id comes from the setting by reference, never a title.
 */
export const pinnedModelRead: ReadRequest = {
  referenceId: 'model',
  query: soql`SELECT Id, ContentDocumentId, CreatedById, CreatedDate FROM ContentVersion WHERE ContentDocumentId = ${compositeRef(`setting.records[0].${S.modelDocumentId}`)} AND IsLatest = true LIMIT 1`,
};

/**
 * The version to read, or why none is read (for the admin): nothing pinned, no integration user,
 * the document not visible, or its latest version uploaded by someone other than the integration
 * user (then no version at all is read: someone else replaced the model).
 */
export async function pinnedModel(setting: EngineSetting, read: CompositeRead): Promise<{ version: ModelVersionRecord } | { problem: string }> {
  const document = setting.modelDocumentId;
  const user = setting.integrationUserId;
  if (!document) return { problem: `No prepared model is pinned: run optimal-order prepare as the integration user, then set ${S.modelDocumentId} in ${SETTING} to the document it prints.` };
  if (!user) return { problem: `No integration user is set: set ${S.integrationUserId} in ${SETTING} to the user who runs optimal-order prepare.` };
  const failure = read.failure('model');
  if (failure) return { problem: `The pinned model document ${document} could not be read (${failure.errorCode}: ${failure.message}): check ${S.modelDocumentId} in ${SETTING}.` };
  const [version] = await read.records<ModelVersionRecord>('model');
  if (!version || !sameId(version.ContentDocumentId, document)) return { problem: `The pinned model document ${document} does not exist or is not shared with you: its library is shared with reps and managers, read only.` };
  if (!sameId(version.CreatedById, user)) {
    return { problem: `The latest version (${version.Id}) of the pinned model document ${document} was uploaded by user ${version.CreatedById}, not by the integration user ${user}: it is not read. Run optimal-order prepare as the integration user.` };
  }
  return { version };
}
