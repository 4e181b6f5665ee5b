/**
 * Every name the package (`manifest/`) defines, in one place: its custom objects and fields, its
 * custom metadata types and the settings record read, its permission sets, custom permission and
 * page, and the prepared model's file. The connector builds its queries and records from these,
 * the fake org (`fake-org/schema.ts`) its objects, and the package check (`test/manifest/`) compares
 * them with the metadata files: a name changed here and not there fails a test.
 */
export const PACKAGE_OBJECTS = {
  /** A field the package adds to Product2: the unit cost, for the order's margin (may be empty). */
  product: { unitCost: 'OO_UnitCost__c' },
  /** The proposal log: private, one record per proposal. */
  proposal: {
    object: 'OO_Proposal__c',
    externalId: 'OO_ExternalId__c',
    account: 'OO_Account__c',
    opportunity: 'OO_Opportunity__c',
    status: 'OO_Status__c',
    segment: 'OO_Segment__c',
    engineVersion: 'OO_EngineVersion__c',
    proposedValue: 'OO_ProposedValue__c',
    acceptedValue: 'OO_AcceptedValue__c',
    rejectionReason: 'OO_RejectionReason__c',
    /** Unique: the account (15-character id) and day of an accepted proposal, so a second one that day is refused (`acceptedKey`). */
    acceptedKey: 'OO_AcceptedKey__c',
    /** Outcomes (issue 14), written by the nightly outcome step: proposed lines then ordered, their share, their value. */
    linesOrdered: 'OO_LinesOrdered__c',
    conversion: 'OO_Conversion__c',
    orderedValue: 'OO_OrderedValue__c',
  },
  /** A proposal's lines: master-detail to the proposal, so they follow its sharing. */
  proposalLine: {
    object: 'OO_ProposalLine__c',
    proposal: 'OO_Proposal__c',
    product: 'OO_Product__c',
    kind: 'OO_Kind__c',
    outcome: 'OO_Outcome__c',
    proposedQuantity: 'OO_ProposedQuantity__c',
    quantity: 'OO_Quantity__c',
    proposedPrice: 'OO_ProposedPrice__c',
    price: 'OO_Price__c',
    probability: 'OO_Probability__c',
    reason: 'OO_Reason__c',
    priceSteps: 'OO_PriceSteps__c',
    rejectionReason: 'OO_RejectionReason__c',
    /** Outcomes (issue 14): whether, how much and for how much the account ordered the product within the horizon. */
    ordered: 'OO_Ordered__c',
    orderedQuantity: 'OO_OrderedQuantity__c',
    orderedValue: 'OO_OrderedValue__c',
  },
  /** The admin's promotions (read for everyone). */
  promotion: {
    object: 'OO_Promotion__c',
    productCodes: 'OO_ProductCodes__c',
    productGroup: 'OO_ProductGroup__c',
    discountPercent: 'OO_DiscountPercent__c',
    validFrom: 'OO_ValidFrom__c',
    validTo: 'OO_ValidTo__c',
    segments: 'OO_Segments__c',
    minQuantity: 'OO_MinQuantity__c',
  },
  /** Business rules: custom metadata, one record per rule, its definition as JSON. */
  businessRule: { object: 'OO_BusinessRule__mdt', section: 'OO_Section__c', definition: 'OO_Definition__c', active: 'OO_Active__c' },
  /** The engine settings: custom metadata; the record named `ENGINE_SETTING_RECORD` is read. */
  engineSetting: {
    object: 'OO_EngineSetting__mdt',
    currency: 'OO_Currency__c',
    minProbability: 'OO_MinProbability__c',
    minExpectedValue: 'OO_MinExpectedValue__c',
    maxNovelties: 'OO_MaxNovelties__c',
    horizonDays: 'OO_HorizonDays__c',
    modelDocumentId: 'OO_ModelDocumentId__c',
    integrationUserId: 'OO_IntegrationUserId__c',
    modelLibraryId: 'OO_ModelLibraryId__c',
    opportunityStage: 'OO_OpportunityStage__c',
    closeDateDays: 'OO_CloseDateDays__c',
    opportunityName: 'OO_OpportunityName__c',
    /** Share of accounts in each month's comparison group (0 to 1; empty or 0: off). */
    controlShare: 'OO_ControlShare__c',
    /** Which of an account's contacts a campaign adds (issue 16): `Primary` (default) or `All`. */
    campaignContacts: 'OO_CampaignContacts__c',
  },
  /** Guided selling (issue 15): which Product2 field holds which attribute (custom metadata, one record per attribute). */
  productAttribute: { object: 'OO_ProductAttribute__mdt', attribute: 'OO_Attribute__c', field: 'OO_Field__c', kind: 'OO_Kind__c', unit: 'OO_Unit__c', better: 'OO_Better__c' },
  /** Guided selling: the questionnaire's questions (custom metadata), in `order`, en/es. */
  guideQuestion: { object: 'OO_GuideQuestion__mdt', questionId: 'OO_QuestionId__c', order: 'OO_Order__c', textEn: 'OO_TextEn__c', textEs: 'OO_TextEs__c' },
  /** Guided selling: each question's options (custom metadata), their needs as JSON. */
  guideOption: { object: 'OO_GuideOption__mdt', questionId: 'OO_QuestionId__c', optionId: 'OO_OptionId__c', order: 'OO_Order__c', labelEn: 'OO_LabelEn__c', labelEs: 'OO_LabelEs__c', needs: 'OO_Needs__c' },
  /**
   * One account's insight (what its view needs from other customers): master-detail to Account, so
   * whoever cannot see the account cannot see it. One record per account, found by `accountKey`
   * (the 18-character Account id, unique external id), overwritten by each `prepare`.
   */
  accountInsight: {
    object: 'OO_AccountInsight__c',
    account: 'OO_Account__c',
    accountKey: 'OO_AccountKey__c',
    /** The encoded insight (`encodeAccountInsight`), a Long Text Area. */
    data: 'OO_Data__c',
    /** The asOf of the model the insight goes with. */
    modelAsOf: 'OO_ModelAsOf__c',
  },
  /** Fields the package adds to the standard Campaign (issue 16): the campaign's key, unique, so a campaign built twice is one record. */
  campaign: { object: 'Campaign', campaignKey: 'OO_CampaignKey__c' },
  /**
   * Fields the package adds to the standard CampaignMember (issue 16): what the engine said about
   * the member's account, and `memberKey` (campaign key + contact id, unique external id) on which
   * members are upserted, so a campaign run twice adds nobody twice.
   */
  campaignMember: {
    object: 'CampaignMember',
    propensity: 'OO_Propensity__c',
    expectedValue: 'OO_ExpectedValue__c',
    kind: 'OO_Kind__c',
    message: 'OO_Message__c',
    productId: 'OO_ProductId__c',
    memberKey: 'OO_MemberKey__c',
  },
} as const;

/** Child relationships the package defines (a master-detail field's `relationshipName`, with `__r`), as SOQL and reports name them. */
export const PACKAGE_RELATIONSHIPS = {
  /** A proposal's lines (`OO_ProposalLine__c.OO_Proposal__c`). */
  proposalLines: 'OO_Lines__r',
  /** An account's insights (`OO_AccountInsight__c.OO_Account__c`). */
  accountInsights: 'OO_Insights__r',
} as const;

/** The engine settings record read (`OO_EngineSetting__mdt.Default`). */
export const ENGINE_SETTING_RECORD = 'Default';

/** The package's other components the product relies on by name. */
export const PACKAGE_COMPONENTS = {
  permissionSets: { rep: 'OO_Rep', manager: 'OO_Manager', admin: 'OO_Admin', integration: 'OO_Integration' },
  customPermissions: { managerView: 'OO_ManagerView' },
  page: 'OptimalOrder',
} as const;

/** The custom objects and metadata types of `PACKAGE_OBJECTS`, each with its custom fields (what `manifest/objects/<name>/fields/` holds). */
export function packageObjectFields(): { object: string; fields: string[] }[] {
  return Object.entries(PACKAGE_OBJECTS).map(([key, names]) => {
    const { object = key === 'product' ? 'Product2' : '', ...fields } = names as Record<string, string>;
    return { object, fields: Object.values(fields) };
  });
}

/**
 * The prepared model, stored as a Salesforce File (ContentVersion). The first `optimal-order
 * prepare` publishes a new document with this title into the model library; the admin pins that
 * document's id (`OO_EngineSetting__mdt.Default` `OO_ModelDocumentId__c`), and later runs add
 * versions to it. The title is only a label for people: no file is ever found by it.
 */
export const MODEL_FILE = {
  title: 'Optimal Order prepared model',
  pathOnClient: 'optimal-order-model.json',
} as const;

/** How errors name the engine settings record, for the admin who fixes it. */
export const SETTING_LABEL = `Optimal Order Engine Setting “${ENGINE_SETTING_RECORD}” (${PACKAGE_OBJECTS.engineSetting.object})`;
