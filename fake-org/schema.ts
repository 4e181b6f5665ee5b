import { PACKAGE_OBJECTS, PACKAGE_RELATIONSHIPS } from '../connector/packageSchema.js';

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
  /** A master-detail whose sharing setting is Read Only (manifest `writeRequiresMasterRead`): writing a child needs only Read on the parent. */
  writeRequiresMasterRead?: boolean;
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

// The package's names (objects, fields) come from the connector's schema module, as manifest/ defines them.
const { proposal: P, proposalLine: L, promotion: PR, accountInsight: I, businessRule: R, engineSetting: S } = PACKAGE_OBJECTS;

/**
 * Product2 fields an admin of the demo org added for guided selling (issue 15): not the package's,
 * the admin's own, mapped to attributes by the package's `OO_ProductAttribute__mdt` records (Family,
 * standard, is the product type). Filled by the seed from the catalog extractor.
 */
export const ADMIN_PRODUCT_FIELDS: FieldSchema[] = [
  { name: 'Colour__c', type: 'string', length: 40 },
  { name: 'Theme__c', type: 'string', length: 40 },
  { name: 'Material__c', type: 'string', length: 40 },
  { name: 'Pack_Size__c', type: 'double' },
];

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
 * it uses, and the package's custom objects (proposal log, proposal lines, promotions, account insights), named by
 * `connector/packageSchema.ts` as `manifest/` defines them.
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
    // The package's cost field, for the order's margin (empty where the org keeps no costs).
    fields: [...system, { name: 'Name', type: 'string', required: true }, { name: 'ProductCode', type: 'string' }, { name: 'Family', type: 'picklist' }, { name: 'IsActive', type: 'boolean' }, { name: PACKAGE_OBJECTS.product.unitCost, type: 'currency' }, ...ADMIN_PRODUCT_FIELDS],
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
    fields: [...system, ref('OrderId', 'Order', true, true), ref('Product2Id', 'Product2'), ref('PricebookEntryId', 'PricebookEntry', true), { name: 'Quantity', type: 'double', required: true }, { name: 'UnitPrice', type: 'currency', required: true }, { name: 'TotalPrice', type: 'currency', readOnly: true }],
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
    name: P.object,
    keyPrefix: 'a01',
    fields: [
      ...system,
      owner,
      { name: 'Name', type: 'string' },
      { name: P.externalId, type: 'string', externalId: true, required: true },
      ref(P.account, 'Account', true),
      ref(P.opportunity, 'Opportunity'),
      // The package's values (connector PROPOSAL_STATUSES, then CONTROL_STATUS); an earlier log's `rejected` is no longer written.
      { name: P.status, type: 'picklist', required: true, values: ['accepted', 'declined', 'not-reached', 'call-back', 'control'] },
      { name: P.segment, type: 'picklist' },
      { name: P.engineVersion, type: 'string' },
      { name: P.proposedValue, type: 'currency' },
      { name: P.acceptedValue, type: 'currency' },
      { name: P.rejectionReason, type: 'textarea' },
      // Unique: an accepted proposal's account and day (connector acceptedKey).
      { name: P.acceptedKey, type: 'string', externalId: true, length: 40 },
      // Outcomes (issue 14): written by the outcome step.
      { name: P.linesOrdered, type: 'double' },
      { name: P.conversion, type: 'percent' },
      { name: P.orderedValue, type: 'currency' },
    ],
    children: [{ relationshipName: PACKAGE_RELATIONSHIPS.proposalLines, childObject: L.object, field: L.proposal }],
  },
  {
    name: L.object,
    keyPrefix: 'a03',
    fields: [
      ...system,
      ref(L.proposal, P.object, true, true),
      ref(L.product, 'Product2', true),
      { name: L.kind, type: 'picklist', required: true },
      { name: L.outcome, type: 'picklist', required: true },
      { name: L.proposedQuantity, type: 'double' },
      { name: L.quantity, type: 'double' },
      { name: L.proposedPrice, type: 'currency' },
      { name: L.price, type: 'currency' },
      { name: L.probability, type: 'percent' },
      { name: L.reason, type: 'textarea' },
      { name: L.priceSteps, type: 'textarea' },
      { name: L.rejectionReason, type: 'picklist' },
      // Outcomes (issue 14): written by the outcome step.
      { name: L.ordered, type: 'boolean' },
      { name: L.orderedQuantity, type: 'double' },
      { name: L.orderedValue, type: 'currency' },
    ],
  },
  {
    name: PR.object,
    keyPrefix: 'a02',
    fields: [
      ...system,
      owner,
      { name: 'Name', type: 'string', required: true },
      { name: PR.productCodes, type: 'textarea' },
      { name: PR.productGroup, type: 'string' },
      { name: PR.discountPercent, type: 'percent', required: true },
      { name: PR.validFrom, type: 'date', required: true },
      { name: PR.validTo, type: 'date', required: true },
      { name: PR.segments, type: 'string' },
      { name: PR.minQuantity, type: 'double' },
    ],
  },
  {
    // One account's insight (issue 13): master-detail to Account, so it follows the account's sharing.
    name: I.object,
    keyPrefix: 'a04',
    fields: [
      ...system,
      { name: 'Name', type: 'string' },
      { ...ref(I.account, 'Account', true, true), writeRequiresMasterRead: true },
      { name: I.accountKey, type: 'string', externalId: true, length: 18 },
      { name: I.data, type: 'textarea', length: 131072 },
      { name: I.modelAsOf, type: 'datetime' },
    ],
  },
  {
    // Custom metadata: one record per business rule, its definition as JSON (see connector/rulesFromRecords).
    name: R.object,
    keyPrefix: 'm00',
    fields: [
      ...system,
      { name: 'DeveloperName', type: 'string', required: true },
      { name: 'MasterLabel', type: 'string', required: true },
      { name: R.section, type: 'picklist', required: true },
      { name: R.definition, type: 'textarea' },
      { name: R.active, type: 'boolean' },
    ],
  },
  {
    // Custom metadata: the engine settings; the record named Default is read.
    name: S.object,
    keyPrefix: 'm01',
    fields: [
      ...system,
      { name: 'DeveloperName', type: 'string', required: true },
      { name: 'MasterLabel', type: 'string', required: true },
      { name: S.currency, type: 'string' },
      { name: S.minProbability, type: 'double' },
      { name: S.minExpectedValue, type: 'double' },
      { name: S.maxNovelties, type: 'double' },
      { name: S.horizonDays, type: 'double' },
      // The pinned model file and who may write it (issue 11): ids, Text(18).
      { name: S.modelDocumentId, type: 'string', length: 18 },
      { name: S.integrationUserId, type: 'string', length: 18 },
      { name: S.modelLibraryId, type: 'string', length: 18 },
      // What an accepted proposal's Opportunity looks like.
      { name: S.opportunityStage, type: 'string', length: 40 },
      { name: S.closeDateDays, type: 'double' },
      { name: S.opportunityName, type: 'string', length: 120 },
      // Share of accounts in each month's comparison group (issue 14).
      { name: S.controlShare, type: 'double' },
      // Which contacts of an account a campaign adds (issue 16): Primary or All.
      { name: S.campaignContacts, type: 'picklist', values: ['Primary', 'All'] },
    ],
  },
  ...guideMetadataTypes(),
  ...campaignObjects(),
  {
    name: 'User',
    keyPrefix: '005',
    fields: [...system, { name: 'Name', type: 'string' }, { name: 'Username', type: 'string', length: 80 }, { name: 'Email', type: 'string', length: 80 }, { name: 'IsActive', type: 'boolean' }, { name: 'ManagerId', type: 'reference', referenceTo: 'User', relationshipName: 'Manager' }],
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

/** The guided-selling custom metadata types (issue 15): attribute mapping, questions, options; text fields as the package defines them. */
function guideMetadataTypes(): ObjectSchema[] {
  const { productAttribute: A, guideQuestion: Q, guideOption: O } = PACKAGE_OBJECTS;
  const mdt = (name: string, keyPrefix: string, fields: FieldSchema[]): ObjectSchema => ({
    name,
    keyPrefix,
    fields: [...system, { name: 'DeveloperName', type: 'string', required: true }, { name: 'MasterLabel', type: 'string', required: true }, ...fields],
  });
  const text = (name: string, length: number, required = false): FieldSchema => ({ name, type: 'string', length, ...(required ? { required } : {}) });
  return [
    mdt(A.object, 'm02', [text(A.attribute, 40, true), text(A.field, 80, true), { name: A.kind, type: 'picklist', required: true, values: ['category', 'number', 'yesNo'] }, text(A.unit, 20), { name: A.better, type: 'picklist', values: ['more', 'less'] }]),
    mdt(Q.object, 'm03', [text(Q.questionId, 40, true), { name: Q.order, type: 'double', required: true }, text(Q.textEn, 255, true), text(Q.textEs, 255)]),
    mdt(O.object, 'm04', [text(O.questionId, 40, true), text(O.optionId, 40, true), { name: O.order, type: 'double', required: true }, text(O.labelEn, 255, true), text(O.labelEs, 255), { name: O.needs, type: 'textarea', length: 32768 }]),
  ];
}

/**
 * Contacts, leads and campaigns (issue 16), with the fields Salesforce requires and the ones the
 * connector uses; the package's fields on Campaign and CampaignMember as `manifest/` defines them.
 * A CampaignMember names a contact or a lead, once per campaign (`objectRules`); its access
 * follows its campaign and its contact or lead (`UserAccess`). AccountContactRole marks an
 * account's primary contact (`IsPrimary`).
 */
function campaignObjects(): ObjectSchema[] {
  const { campaign: C, campaignMember: M } = PACKAGE_OBJECTS;
  const text = (name: string, length: number, required = false): FieldSchema => ({ name, type: 'string', length, ...(required ? { required } : {}) });
  return [
    {
      name: 'Contact',
      keyPrefix: '003',
      fields: [...system, owner, ref('AccountId', 'Account'), text('FirstName', 40), text('LastName', 80, true), { name: 'Name', type: 'string', readOnly: true }, text('Email', 80), { name: 'HasOptedOutOfEmail', type: 'boolean' }],
    },
    { name: 'Lead', keyPrefix: '00Q', fields: [...system, owner, text('FirstName', 40), text('LastName', 80, true), text('Company', 255, true), text('Email', 80), { name: 'Status', type: 'picklist' }] },
    {
      name: 'AccountContactRole',
      keyPrefix: '02Z',
      // Master-detail to Account (object reference): roles follow the account's sharing.
      fields: [...system, ref('AccountId', 'Account', true, true), ref('ContactId', 'Contact', true), { name: 'Role', type: 'picklist' }, { name: 'IsPrimary', type: 'boolean' }],
    },
    {
      name: C.object,
      keyPrefix: '701',
      fields: [
        ...system,
        owner,
        text('Name', 80, true),
        { name: 'IsActive', type: 'boolean' },
        { name: 'Status', type: 'picklist' },
        { name: 'Type', type: 'picklist' },
        { name: 'StartDate', type: 'date' },
        { name: 'EndDate', type: 'date' },
        { name: 'Description', type: 'textarea', length: 32000 },
        { name: C.campaignKey, type: 'string', externalId: true, length: 60 },
      ],
    },
    {
      name: M.object,
      keyPrefix: '00v',
      fields: [
        ...system,
        ref('CampaignId', C.object, true),
        ref('ContactId', 'Contact'),
        ref('LeadId', 'Lead'),
        { name: 'Status', type: 'picklist' },
        { name: 'HasResponded', type: 'boolean', readOnly: true },
        { name: M.propensity, type: 'percent' },
        { name: M.expectedValue, type: 'currency' },
        { name: M.kind, type: 'picklist', values: ['cross-sell', 'up-sell', 'reactivation'] },
        { name: M.message, type: 'textarea', length: 32768 },
        text(M.productId, 80),
        { name: M.memberKey, type: 'string', externalId: true, length: 80 },
      ],
    },
  ];
}
