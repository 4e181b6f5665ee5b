// The public face of the fake org: an in-memory Salesforce REST API for tests and the demo.

export { FakeOrg, FAKE_API_VERSION, type Faults, type LoggedRequest } from './FakeOrg.js';
export { OrgStore, type SRecord, type ValidationRule } from './OrgStore.js';
export { FakeOrgError } from './FakeOrgError.js';
export { restApi, QUERY_BATCH, COMPOSITE_LIMIT, COLLECTION_LIMIT } from './restApi.js';
export { fakeOrgHandlers, FAKE_INSTANCE_URL } from './handlers.js';
export { serveHttp, type FakeOrgServer } from './serveHttp.js';
export { recordId, isRecordId } from './recordId.js';
export { SCHEMA, type ObjectSchema, type FieldSchema, type FieldType } from './schema.js';
export * from './seed/index.js';
