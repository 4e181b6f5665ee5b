/** A field's type, as Salesforce's describe names it (the ones the product uses). */
export type FieldType = 'id' | 'string' | 'textarea' | 'picklist' | 'double' | 'currency' | 'int' | 'percent' | 'boolean' | 'date' | 'datetime' | 'reference' | 'base64';

/** One field of an object. */
export interface FieldSchema {
  name: string;
  type: FieldType;
  /** Required on create (Salesforce: not nillable, no default). */
  required?: boolean;
  /** For a reference: the object it points to, and the relationship name used in SOQL (`Product2Id` → `Product2`). */
  referenceTo?: string;
  relationshipName?: string;
  /** An external id: unique, and usable to look a record up. */
  externalId?: boolean;
  /** Set by the org, not writable (Id, CreatedDate, …). */
  readOnly?: boolean;
  /** A master-detail reference: the child's access follows the parent's, and writing a child needs Edit on the parent. */
  masterDetail?: boolean;
  /** Maximum length of a text field (describe's `length`; 255 when unset). */
  length?: number;
  /** The field's label (describe's `label`); made from the name when unset. */
  label?: string;
  /** A restricted picklist's values (the package's): any other value is refused, as Salesforce does. */
  values?: readonly string[];
}

/** One object (standard or custom): its 3-character id prefix and its fields. */
export interface ObjectSchema {
  name: string;
  keyPrefix: string;
  fields: FieldSchema[];
  /** Child relationships by name, for completeness of describe (`OrderItems` on Order). */
  children?: { relationshipName: string; childObject: string; field: string }[];
  /** The object's label (describe's `label`); made from the name when unset. */
  label?: string;
}

const system: FieldSchema[] = [
  { name: 'Id', type: 'id', readOnly: true },
  { name: 'CreatedDate', type: 'datetime', readOnly: true },
  { name: 'LastModifiedDate', type: 'datetime', readOnly: true },
  { name: 'IsDeleted', type: 'boolean', readOnly: true },
  // The user whose session made the record (the store's running user): who proposed, for managers.
  { name: 'CreatedById', type: 'reference', referenceTo: 'User', relationshipName: 'CreatedBy', readOnly: true },
];

const ref = (name: string, referenceTo: string, required = false, masterDetail = false): FieldSchema => ({
  name,
  type: 'reference',
  referenceTo,
  relationshipName: name.endsWith('__c') ? name.replace(/__c$/, '__r') : name.replace(/Id$/, ''),
  required,
  ...(masterDetail ? { masterDetail } : {}),
});

/** The record's owner: the creating user unless the write names another (sharing reads it). */
const owner: FieldSchema = { name: 'OwnerId', type: 'reference', referenceTo: 'User', relationshipName: 'Owner' };

/**
 * The objects of the fake org: the standard ones the connector reads and writes, with the fields
 * it uses, and the package's custom objects (proposal log, proposal lines, promotions). Field names
 * match `connector/` (its field map) and, later, `manifest/`.
 */
export const SCHEMA: ObjectSchema[] = [
  {
    name: 'Account',
    keyPrefix: '001',
    fields: [...system, { name: 'Name', type: 'string', required: true }, { name: 'AccountNumber', type: 'string' }, { name: 'BillingCountry', type: 'string' }, owner],
  },
  {
    name: 'Product2',
    keyPrefix: '01t',
    // OO_UnitCost__c: the package's cost field, for the order's margin (empty where the org keeps no costs).
    fields: [...system, { name: 'Name', type: 'string', required: true }, { name: 'ProductCode', type: 'string' }, { name: 'Family', type: 'picklist' }, { name: 'IsActive', type: 'boolean' }, { name: 'OO_UnitCost__c', type: 'currency' }],
  },
  {
    name: 'Pricebook2',
    keyPrefix: '01s',
    fields: [...system, { name: 'Name', type: 'string', required: true }, { name: 'IsStandard', type: 'boolean', readOnly: true }, { name: 'IsActive', type: 'boolean' }],
  },
  {
    name: 'PricebookEntry',
    keyPrefix: '01u',
    fields: [...system, ref('Pricebook2Id', 'Pricebook2', true), ref('Product2Id', 'Product2', true), { name: 'UnitPrice', type: 'currency', required: true }, { name: 'IsActive', type: 'boolean' }],
  },
  {
    name: 'Order',
    keyPrefix: '801',
    fields: [...system, owner, ref('AccountId', 'Account', true), ref('Pricebook2Id', 'Pricebook2'), { name: 'OrderNumber', type: 'string', readOnly: true }, { name: 'EffectiveDate', type: 'date', required: true }, { name: 'Status', type: 'picklist', required: true }, { name: 'Name', type: 'string' }],
    children: [{ relationshipName: 'OrderItems', childObject: 'OrderItem', field: 'OrderId' }],
  },
  {
    name: 'OrderItem',
    keyPrefix: '802',
    fields: [...system, ref('OrderId', 'Order', true, true), ref('Product2Id', 'Product2'), ref('PricebookEntryId', 'PricebookEntry', true), { name: 'Quantity', type: 'double', required: true }, { name: 'UnitPrice', type: 'currency', required: true }],
  },
  {
    name: 'Opportunity',
    keyPrefix: '006',
    fields: [...system, owner, { name: 'Name', type: 'string', required: true }, ref('AccountId', 'Account'), ref('Pricebook2Id', 'Pricebook2'), { name: 'StageName', type: 'picklist', required: true }, { name: 'CloseDate', type: 'date', required: true }, { name: 'Amount', type: 'currency' }],
    children: [{ relationshipName: 'OpportunityLineItems', childObject: 'OpportunityLineItem', field: 'OpportunityId' }],
  },
  {
    name: 'OpportunityLineItem',
    keyPrefix: '00k',
    fields: [...system, ref('OpportunityId', 'Opportunity', true, true), ref('PricebookEntryId', 'PricebookEntry', true), ref('Product2Id', 'Product2'), { name: 'Quantity', type: 'double', required: true }, { name: 'UnitPrice', type: 'currency', required: true }, { name: 'Description', type: 'textarea' }],
  },
  {
    name: 'OO_Proposal__c',
    keyPrefix: 'a01',
    fields: [
      ...system,
      owner,
      { name: 'Name', type: 'string' },
      { name: 'OO_ExternalId__c', type: 'string', externalId: true, required: true },
      ref('OO_Account__c', 'Account', true),
      ref('OO_Opportunity__c', 'Opportunity'),
      // The package's values (connector PROPOSAL_STATUSES); an earlier log's `rejected` is no longer written.
      { name: 'OO_Status__c', type: 'picklist', required: true, values: ['accepted', 'declined', 'not-reached', 'call-back'] },
      { name: 'OO_Segment__c', type: 'picklist' },
      { name: 'OO_EngineVersion__c', type: 'string' },
      { name: 'OO_ProposedValue__c', type: 'currency' },
      { name: 'OO_AcceptedValue__c', type: 'currency' },
      { name: 'OO_RejectionReason__c', type: 'textarea' },
      // Unique: an accepted proposal's account and day (connector acceptedKey).
      { name: 'OO_AcceptedKey__c', type: 'string', externalId: true, length: 40 },
    ],
    children: [{ relationshipName: 'OO_Lines__r', childObject: 'OO_ProposalLine__c', field: 'OO_Proposal__c' }],
  },
  {
    name: 'OO_ProposalLine__c',
    keyPrefix: 'a03',
    fields: [
      ...system,
      ref('OO_Proposal__c', 'OO_Proposal__c', true, true),
      ref('OO_Product__c', 'Product2', true),
      { name: 'OO_Kind__c', type: 'picklist', required: true },
      { name: 'OO_Outcome__c', type: 'picklist', required: true },
      { name: 'OO_ProposedQuantity__c', type: 'double' },
      { name: 'OO_Quantity__c', type: 'double' },
      { name: 'OO_ProposedPrice__c', type: 'currency' },
      { name: 'OO_Price__c', type: 'currency' },
      { name: 'OO_Probability__c', type: 'percent' },
      { name: 'OO_Reason__c', type: 'textarea' },
      { name: 'OO_PriceSteps__c', type: 'textarea' },
      { name: 'OO_RejectionReason__c', type: 'picklist' },
    ],
  },
  {
    name: 'OO_Promotion__c',
    keyPrefix: 'a02',
    fields: [
      ...system,
      owner,
      { name: 'Name', type: 'string', required: true },
      { name: 'OO_ProductCodes__c', type: 'textarea' },
      { name: 'OO_ProductGroup__c', type: 'string' },
      { name: 'OO_DiscountPercent__c', type: 'percent', required: true },
      { name: 'OO_ValidFrom__c', type: 'date', required: true },
      { name: 'OO_ValidTo__c', type: 'date', required: true },
      { name: 'OO_Segments__c', type: 'string' },
      { name: 'OO_MinQuantity__c', type: 'double' },
    ],
  },
  {
    // Custom metadata: one record per business rule, its definition as JSON (see connector/loadRules).
    name: 'OO_BusinessRule__mdt',
    keyPrefix: 'm00',
    fields: [
      ...system,
      { name: 'DeveloperName', type: 'string', required: true },
      { name: 'MasterLabel', type: 'string', required: true },
      { name: 'OO_Section__c', type: 'picklist', required: true },
      { name: 'OO_Definition__c', type: 'textarea' },
      { name: 'OO_Active__c', type: 'boolean' },
    ],
  },
  {
    // Custom metadata: the engine settings; the record named Default is read.
    name: 'OO_EngineSetting__mdt',
    keyPrefix: 'm01',
    fields: [
      ...system,
      { name: 'DeveloperName', type: 'string', required: true },
      { name: 'MasterLabel', type: 'string', required: true },
      { name: 'OO_Currency__c', type: 'string' },
      { name: 'OO_MinProbability__c', type: 'double' },
      { name: 'OO_MinExpectedValue__c', type: 'double' },
      { name: 'OO_MaxNovelties__c', type: 'double' },
      { name: 'OO_HorizonDays__c', type: 'double' },
      // The pinned model file and who may write it (issue 11): ids, Text(18).
      { name: 'OO_ModelDocumentId__c', type: 'string', length: 18 },
      { name: 'OO_IntegrationUserId__c', type: 'string', length: 18 },
      { name: 'OO_ModelLibraryId__c', type: 'string', length: 18 },
      // What an accepted proposal's Opportunity looks like.
      { name: 'OO_OpportunityStage__c', type: 'string', length: 40 },
      { name: 'OO_CloseDateDays__c', type: 'double' },
      { name: 'OO_OpportunityName__c', type: 'string', length: 120 },
    ],
  },
  {
    name: 'User',
    keyPrefix: '005',
    fields: [...system, { name: 'Name', type: 'string' }, { name: 'Username', type: 'string', length: 80 }, { name: 'Email', type: 'string', length: 80 }, { name: 'IsActive', type: 'boolean' }],
  },
  // A library (Salesforce CRM Content): its members see the files published into it.
  { name: 'ContentWorkspace', keyPrefix: '058', fields: [...system, { name: 'Name', type: 'string', required: true }, { name: 'Description', type: 'textarea' }] },
  {
    name: 'ContentWorkspaceMember',
    keyPrefix: '05A',
    fields: [...system, ref('ContentWorkspaceId', 'ContentWorkspace', true), ref('MemberId', 'User', true)],
  },
  // Salesforce Files: a document and its versions; the prepared model is stored as one (connector/MODEL_FILE).
  {
    name: 'ContentDocument',
    keyPrefix: '069',
    fields: [
      ...system,
      owner,
      { name: 'Title', type: 'string' },
      { name: 'LatestPublishedVersionId', type: 'reference', referenceTo: 'ContentVersion', relationshipName: 'LatestPublishedVersion', readOnly: true },
      // The library the document was first published into (its FirstPublishLocationId), if any.
      { name: 'ParentId', type: 'reference', referenceTo: 'ContentWorkspace', relationshipName: 'Parent', readOnly: true },
    ],
  },
  {
    name: 'ContentVersion',
    keyPrefix: '068',
    fields: [
      ...system,
      { name: 'Title', type: 'string' },
      { name: 'PathOnClient', type: 'string', required: true },
      // The bytes, base64 in JSON; a query or a record read gives the URL of the bytes instead.
      { name: 'VersionData', type: 'base64', required: true },
      { ...ref('ContentDocumentId', 'ContentDocument'), relationshipName: 'ContentDocument' },
      // Where a new document is published: a library (ContentWorkspace) or the user's own files.
      { name: 'FirstPublishLocationId', type: 'reference', referenceTo: 'ContentWorkspace', relationshipName: 'FirstPublishLocation' },
      owner,
      { name: 'Description', type: 'textarea' },
      { name: 'IsLatest', type: 'boolean', readOnly: true },
      { name: 'ContentSize', type: 'int', readOnly: true },
    ],
  },
];
