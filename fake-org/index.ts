// The public face of the fake org: an in-memory Salesforce org (REST data API, Bulk API 2.0, OAuth and SOAP
// login, users, permission sets, sharing, files) for tests, the demo and the bench. Node only here
// (the HTTP server, the manifest reader); the browser demo imports the modules it needs directly.

export { FakeOrg, FAKE_API_VERSION, DEMO_USER, type Faults, type LoggedRequest, type FakeOrgOptions, type NewUser } from './FakeOrg.js';
export { OrgStore, type SRecord, type ValidationRule } from './OrgStore.js';
export { FakeOrgError } from './FakeOrgError.js';
export { restApi, QUERY_BATCH, COMPOSITE_LIMIT, COMPOSITE_QUERY_LIMIT, COLLECTION_LIMIT } from './restApi.js';
export { fakeOrgHandlers, FAKE_INSTANCE_URL } from './handlers.js';
export { bulkJobs, BULK_QUERY_PAGE, BULK_UPLOAD_LIMIT, type BulkJobs, type BulkJob, type JobState } from './bulkJobs.js';
export { serveHttp, type FakeOrgServer } from './serveHttp.js';
export { recordId, isRecordId } from './recordId.js';
export { SCHEMA, type ObjectSchema, type FieldSchema, type FieldType } from './schema.js';
export { UserAccess, DEFAULT_SHARING, type SharingModel } from './UserAccess.js';
export type { PermissionSet, ObjectPermission } from './PermissionSet.js';
export { permissionSetsFromManifest, MANIFEST_PERMISSION_SETS } from './permissionSetsFromManifest.js';
export type { Currencies } from './objectRules.js';
export * from './seed/index.js';
