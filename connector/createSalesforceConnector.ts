import { DEFAULT_BULK, type BulkOptions } from './bulkClient.js';
import { createCampaign } from './createCampaign.js';
import { currencyField } from './currencyField.js';
import { loadAccountNames } from './loadAccountNames.js';
import { loadAccountView } from './loadAccountView.js';
import { BULK_QUERY_THRESHOLD, loadAllOrderLines } from './loadAllOrderLines.js';
import { loadGuideData } from './loadGuideData.js';
import { loadProposalLog } from './loadProposalLog.js';
import { logControlVisit } from './logControlVisit.js';
import { loadImpactData } from './loadImpactData.js';
import { loadRulesAndPromotions } from './loadRulesAndPromotions.js';
import { orgClient } from './orgClient.js';
import { runOutcomes } from './outcomesStep.js';
import { STANDARD_ORDER_OBJECTS, type OrderObjects } from './OrgSchema.js';
import { productCosts } from './productCosts.js';
import { withoutSecrets } from './redactSecrets.js';
import { DEFAULT_RETRY, type RetryPolicy } from './RetryPolicy.js';
import type { SalesforcePort } from './SalesforcePort.js';
import { saveInsights } from './saveInsights.js';
import { saveModel } from './saveModel.js';
import { saveProposal } from './saveProposal.js';
import { searchAccounts } from './searchAccounts.js';
import { searchProducts } from './searchProducts.js';
/** The REST API version the connector speaks (Winter '25), set explicitly rather than jsforce's default. */
export const API_VERSION = '62.0';

/** How to reach the org and read it. */
export interface ConnectorOptions {
  instanceUrl: string;
  /** An API-enabled session id or OAuth access token; never logged or stored, and removed by value from every error (with any refreshed one). */
  accessToken: string;
  apiVersion?: string;
  /** Where the org keeps orders (default: standard Order / OrderItem). */
  orders?: OrderObjects;
  retry?: Partial<RetryPolicy>;
  /** Above this many order lines, `loadAllOrderLines` uses a Bulk API 2.0 query (default `BULK_QUERY_THRESHOLD`). */
  bulkQueryThreshold?: number;
  /** How Bulk API 2.0 jobs are polled and read (default `DEFAULT_BULK`). */
  bulk?: Partial<BulkOptions>;
  /** Above this many new campaign members, `createCampaign` writes them with a Bulk API 2.0 job (default `BULK_MEMBER_THRESHOLD`). */
  campaignBulkThreshold?: number;
}

/** A `SalesforcePort` that also counts the API requests it made (for the benchmark and tests). */
export interface SalesforceConnector extends SalesforcePort {
  readonly requestCount: number;
}

/**
 * The connector on jsforce: every query bound through `soql`, run by the REST API as the session's
 * user (its object and field permissions and sharing apply), read page by page through
 * `nextRecordsUrl`; several reads in one Composite request within Salesforce's limits; proposals
 * written by one Composite request, all or none, idempotent by the proposal's external id.
 * Requests retry as `withRetry` says; jsforce itself also retries reads (GET) on HTTP 5xx and
 * socket errors. Whatever it throws carries neither the access token nor a refreshed one.
 */
export function createSalesforceConnector(options: ConnectorOptions): SalesforceConnector {
  const client = orgClient(options.instanceUrl, options.accessToken, options.apiVersion ?? API_VERSION, { ...DEFAULT_RETRY, ...options.retry }, { ...DEFAULT_BULK, ...options.bulk });
  const orders = options.orders ?? STANDARD_ORDER_OBJECTS;
  const multiCurrency = currencyField(client);
  const port: SalesforcePort = {
    searchAccounts: (text, limit) => searchAccounts(client, text, limit),
    searchProducts: (text, limit) => searchProducts(client, orders, text, limit),
    loadAllOrderLines: (onPage) => loadAllOrderLines(client, orders, onPage, options.bulkQueryThreshold ?? BULK_QUERY_THRESHOLD),
    loadRulesAndPromotions: (asOf) => loadRulesAndPromotions(client, asOf),
    loadAccountView: (accountId, asOf, known) => loadAccountView(client, orders, accountId, asOf, known),
    saveModel: (text, description) => saveModel(client, text, description),
    saveInsights: (insights, onJob) => saveInsights(client, insights, onJob),
    productCosts: (ids) => productCosts(client, ids),
    loadGuideData: () => loadGuideData(client, orders),
    loadProposalLog: (filter) => loadProposalLog(client, filter),
    saveProposal: (proposal) => saveProposal(client, multiCurrency, proposal),
    logControlVisit: (visit) => logControlVisit(client, visit),
    createCampaign: (campaign) => createCampaign(client, campaign, options.campaignBulkThreshold),
    loadAccountNames: (ids) => loadAccountNames(client, ids),
    updateOutcomes: (outcomeOptions) => runOutcomes(client, orders, outcomeOptions),
    loadImpactData: (filter) => loadImpactData(client, orders, filter),
  };
  const safe = Object.fromEntries(
    Object.entries(port).map(([name, method]) => [name, (...args: unknown[]) => (method as (...a: unknown[]) => Promise<unknown>)(...args).catch((e: unknown) => Promise.reject(withoutSecrets(e, client.secrets)))]),
  ) as unknown as SalesforcePort;
  // A getter, not a copy: the count goes on.
  return Object.defineProperty(safe, 'requestCount', { get: () => client.requestCount, enumerable: true }) as SalesforceConnector;
}
