// The public face of the connector: the port the product uses, and its jsforce implementation.

export { PROPOSAL_STATUSES, CONTROL_STATUS } from './SalesforcePort.js';
export type { SalesforcePort, ProposalStatus, AcceptedProposal, AccountSummary, AccountHistory, OrderLineRecord, ProposalToSave, ProposalLineToSave, SavedProposal, LineOutcome, RulesAndPromotions, OrgOrderLine, AccountView, StoredModel, SavedModel, SavedInsights, InsightFailure, ProductSummary, ProposalLog, ProposalLogFilter, LoggedProposal, ControlVisit } from './SalesforcePort.js';
export { createSalesforceConnector, API_VERSION, type ConnectorOptions, type SalesforceConnector } from './createSalesforceConnector.js';
export { ConnectorError, redactSession } from './ConnectorError.js';
export { STANDARD_ORDER_OBJECTS, type OrderObjects } from './OrgSchema.js';
export { PACKAGE_OBJECTS, PACKAGE_RELATIONSHIPS, PACKAGE_COMPONENTS, ENGINE_SETTING_RECORD, MODEL_FILE, packageObjectFields } from './packageSchema.js';
export { salesforceId18 } from './salesforceId18.js';
export { DEFAULT_RETRY, type RetryPolicy } from './RetryPolicy.js';
export { soql, soqlName, contains, compositeRef, SoqlDate, type Soql } from './soql.js';
export { COMPOSITE_LIMITS, checkCompositeLimits } from './compositeLimits.js';
export { SETTING_DEFAULTS } from './engineSetting.js';
export { redactSecrets } from './redactSecrets.js';
export type { IgnoredRecord } from './IgnoredRecord.js';
export type { GuideData, GuideProduct } from './loadGuideData.js';
export { PRICE_FIELD } from './guideFields.js';
export { BULK_QUERY_THRESHOLD } from './loadAllOrderLines.js';
export { DEFAULT_BULK, type BulkOptions } from './bulkClient.js';
export { historyFromOrgLines } from './historyFromOrgLines.js';
// Campaigns (issue 16)
export type { CampaignToCreate, CampaignAccount, CampaignMemberKind, CampaignContacts, CreatedCampaign, CampaignMemberFailure } from './CampaignToCreate.js';
export { BULK_MEMBER_THRESHOLD } from './createCampaign.js';
export { orderFromAccountView, type ViewOrder, type UnlinkedProduct } from './orderFromAccountView.js';
export type { ImpactData, ImpactFilter, ImpactLineRecord, ImpactProposalRecord, MonthRevenue } from './ImpactData.js';
export { addMonths, monthRange } from './monthRange.js';
export { OUTCOME_LOOKBACK_DAYS, type OutcomesOptions, type OutcomesRun } from './outcomesStep.js';
export { OUTCOME_BULK_THRESHOLD, type WrittenOutcomes, type OutcomeFailure } from './outcomesWrite.js';
