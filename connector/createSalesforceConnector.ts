import { currencyField } from './currencyField.js';
import { loadAccountView } from './loadAccountView.js';
import { loadProposalLog } from './loadProposalLog.js';
import { orgClient, type OrgClient } from './orgClient.js';
import { orderLineReader, toAccount } from './orderLineReader.js';
import { PACKAGE_OBJECTS, STANDARD_ORDER_OBJECTS, type OrderObjects } from './OrgSchema.js';
import { withoutSecrets } from './redactSecrets.js';
import { DEFAULT_RETRY, type RetryPolicy } from './RetryPolicy.js';
import { rulesAndPromotionsFrom, settingsReads } from './rulesAndPromotionsFrom.js';
import type { EngineSettingRecord, PromotionRecord, RuleRecord } from './rulesFromRecords.js';
import { salesforceId } from './salesforceId.js';
import type { AccountSummary, ProductSummary, RulesAndPromotions, SalesforcePort } from './SalesforcePort.js';
import { saveModel } from './saveModel.js';
import { saveProposal } from './saveProposal.js';
import { contains, soql, soqlName } from './soql.js';

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
  const client = orgClient(options.instanceUrl, options.accessToken, options.apiVersion ?? API_VERSION, { ...DEFAULT_RETRY, ...options.retry });
  const orders = options.orders ?? STANDARD_ORDER_OBJECTS;
  const multiCurrency = currencyField(client);
  const port: SalesforcePort = {
    searchAccounts: (text, limit) => searchAccounts(client, text, limit),
    searchProducts: (text, limit) => searchProducts(client, orders, text, limit),
    async loadAllOrderLines(onPage) {
      const lines = orderLineReader(orders);
      return (await client.query<Record<string, unknown>>(soql`${lines.select} ${lines.orderBy}`, onPage)).map(lines.toLine);
    },
    loadRulesAndPromotions: (asOf) => loadRulesAndPromotions(client, asOf),
    loadAccountView: (accountId, asOf, known) => loadAccountView(client, orders, accountId, asOf, known),
    saveModel: (text, description) => saveModel(client, text, description),
    productCosts: (ids) => productCosts(client, ids),
    loadProposalLog: (filter) => loadProposalLog(client, filter),
    saveProposal: (proposal) => saveProposal(client, multiCurrency, proposal),
  };
  const safe = Object.fromEntries(
    Object.entries(port).map(([name, method]) => [name, (...args: unknown[]) => (method as (...a: unknown[]) => Promise<unknown>)(...args).catch((e: unknown) => Promise.reject(withoutSecrets(e, client.secrets)))]),
  ) as unknown as SalesforcePort;
  // A getter, not a copy: the count goes on.
  return Object.defineProperty(safe, 'requestCount', { get: () => client.requestCount, enumerable: true }) as SalesforceConnector;
}

/** Accounts whose name or number contains `text`. */
async function searchAccounts(client: OrgClient, text: string, limit = 20): Promise<AccountSummary[]> {
  const records = await client.query<Parameters<typeof toAccount>[0]>(
    soql`SELECT Id, Name, AccountNumber, BillingCountry FROM Account WHERE Name LIKE ${contains(text)} OR AccountNumber LIKE ${contains(text)} ORDER BY Name LIMIT ${Math.max(1, Math.min(200, Math.floor(limit)))}`,
  );
  return records.map(toAccount);
}

/** Active entries of the standard price book whose product's name or code contains `text`. */
async function searchProducts(client: OrgClient, orders: OrderObjects, text: string, limit = 20): Promise<ProductSummary[]> {
  const { code, name } = orders.product;
  const cost = PACKAGE_OBJECTS.product.unitCost;
  const records = await client.query<Record<string, unknown> & { Id: string; Product2Id: string; UnitPrice: number }>(
    soql`SELECT Id, Product2Id, Product2.${soqlName(name)}, Product2.${soqlName(code)}, Product2.${soqlName(cost)}, UnitPrice FROM PricebookEntry WHERE Pricebook2.IsStandard = true AND IsActive = true AND (Product2.${soqlName(name)} LIKE ${contains(text)} OR Product2.${soqlName(code)} LIKE ${contains(text)}) ORDER BY Product2.${soqlName(name)} LIMIT ${Math.max(1, Math.min(200, Math.floor(limit)))}`,
  );
  return records.map((r) => {
    const p2 = (r.Product2 ?? {}) as Record<string, string | number | null>;
    const unitCost = p2[cost];
    return { id: r.Product2Id, productId: String(p2[code] ?? r.Product2Id), name: String(p2[name] ?? ''), pricebookEntryId: r.Id, listPrice: r.UnitPrice, unitCost: typeof unitCost === 'number' ? unitCost : null };
  });
}

/** The admin's settings in one Composite request (3 queries). */
async function loadRulesAndPromotions(client: OrgClient, asOf: string): Promise<RulesAndPromotions> {
  const read = await client.read(settingsReads(asOf));
  return rulesAndPromotionsFrom(await read.records<RuleRecord>('rules'), await read.records<PromotionRecord>('promotions'), (await read.records<EngineSettingRecord>('setting'))[0]);
}

/** Unit costs of these products, keyed as asked. */
async function productCosts(client: OrgClient, product2Ids: readonly string[]): Promise<Map<string, number>> {
  const costs = new Map<string, number>();
  if (product2Ids.length === 0) return costs;
  const field = PACKAGE_OBJECTS.product.unitCost;
  const ids = [...new Set(product2Ids)].map((id) => salesforceId(id, 'Product2'));
  const records = await client.query<Record<string, unknown> & { Id: string }>(soql`SELECT Id, ${soqlName(field)} FROM Product2 WHERE Id IN ${ids} AND ${soqlName(field)} != null`);
  // Keyed as asked (15 or 18 characters), so callers look up the ids they have.
  const asked = new Map(ids.map((id) => [id.slice(0, 15), id] as const));
  for (const r of records) costs.set(asked.get(r.Id.slice(0, 15)) ?? r.Id, Number(r[field]));
  return costs;
}
