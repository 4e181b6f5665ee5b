import { Connection } from 'jsforce';
import { parsePromotions, parseRules, RuleError } from '../engine/index.js';
import { salesforceId } from './salesforceId.js';
import { ConnectorError } from './ConnectorError.js';
import { MODEL_FILE, PACKAGE_OBJECTS, STANDARD_ORDER_OBJECTS, type OrderObjects } from './OrgSchema.js';
import { proposalComposite } from './proposalComposite.js';
import { readCompositeErrors } from './readCompositeErrors.js';
import { promotionsFromRecords, rulesFromRecords, type EngineSettingRecord, type PromotionRecord, type RuleRecord } from './rulesFromRecords.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './RetryPolicy.js';
import type { AccountSummary, AccountView, LoggedProposal, ProductSummary, ProposalLog, ProposalLogFilter, OrderLineRecord, OrgOrderLine, ProposalToSave, RulesAndPromotions, SalesforcePort, SavedProposal, StoredModel } from './SalesforcePort.js';
import { contains, Soql, soql, SoqlDate, soqlName } from './soql.js';

/** The REST API version the connector speaks (Winter '25), set explicitly rather than jsforce's default. */
export const API_VERSION = '62.0';

/** How to reach the org and read it. */
export interface ConnectorOptions {
  instanceUrl: string;
  /** An API-enabled session id or OAuth access token; never logged or stored. */
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

interface QueryPage<R> {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: R[];
}

/**
 * The connector on jsforce: every query bound through `soql`, run by the REST API as the session's
 * user (its object and field permissions and sharing apply), read page by page through `nextRecordsUrl`; proposals
 * written by one Composite request, all or none, idempotent by the proposal's external id.
 * Requests retry as `withRetry` says; jsforce itself also retries reads (GET) on HTTP 5xx and
 * socket errors, up to 5 times with backoff from 0.5 s.
 */
export function createSalesforceConnector(options: ConnectorOptions): SalesforceConnector {
  const version = options.apiVersion ?? API_VERSION;
  const orders = options.orders ?? STANDARD_ORDER_OBJECTS;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const conn = new Connection({ instanceUrl: options.instanceUrl, accessToken: options.accessToken, version });
  let requestCount = 0;

  /** One request under the retry policy; `check` turns an answer that reports a failure into a `ConnectorError` (retried like any other). */
  const call = <T>(method: 'GET' | 'POST', path: string, body?: unknown, check?: (answer: T) => void): Promise<T> =>
    withRetry(
      policy,
      (token) => (conn.accessToken = token),
      async () => {
        requestCount++;
        const url = path.startsWith('/services/') ? path : `/services/data/v${version}${path}`;
        const answer = await conn.request<T>({ method, url, body: body === undefined ? undefined : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
        check?.(answer);
        return answer;
      },
    );

  /** Every record of a query, following `nextRecordsUrl` page by page. */
  const query = async <R>(q: Soql, onPage?: (soFar: number, total: number) => void): Promise<R[]> => {
    let page = await call<QueryPage<R>>('GET', `/query?q=${encodeURIComponent(q.text)}`);
    const records = [...page.records];
    onPage?.(records.length, page.totalSize);
    while (!page.done && page.nextRecordsUrl) {
      page = await call<QueryPage<R>>('GET', page.nextRecordsUrl);
      for (const r of page.records) records.push(r);
      onPage?.(records.length, page.totalSize);
    }
    return records;
  };

  /**
   * Several queries in one Composite request (not all-or-none: they only read). A query that
   * fails fails the whole read with its error, naming it. Gives a reader of each query's records
   * that follows its further pages (`nextRecordsUrl`) one request each.
   */
  const queriesAtOnce = async (queries: Record<string, Soql>) => {
    type SubAnswer = { referenceId: string; httpStatusCode: number; body: QueryPage<unknown> | { errorCode: string; message: string }[] };
    const answer = await call<{ compositeResponse: SubAnswer[] }>(
      'POST',
      '/composite',
      { allOrNone: false, compositeRequest: Object.entries(queries).map(([referenceId, q]) => ({ method: 'GET', url: `/services/data/v${version}/query?q=${encodeURIComponent(q.text)}`, referenceId })) },
      (a) => {
        const failed = a.compositeResponse?.find((r) => r.httpStatusCode >= 400);
        if (failed) {
          const [e] = failed.body as { errorCode: string; message: string }[];
          throw new ConnectorError(e?.errorCode ?? 'UNKNOWN_ERROR', `Reading ${failed.referenceId}: ${e?.message ?? 'failed'}`, { body: JSON.stringify(failed.body), record: failed.referenceId });
        }
      },
    );
    return async <R>(referenceId: string): Promise<R[]> => {
      let page = answer.compositeResponse.find((r) => r.referenceId === referenceId)!.body as QueryPage<R>;
      const out = [...page.records];
      while (!page.done && page.nextRecordsUrl) {
        page = await call<QueryPage<R>>('GET', page.nextRecordsUrl);
        for (const r of page.records) out.push(r);
      }
      return out;
    };
  };

  const { line, order, product } = orders;
  const o = (f: string) => soqlName(`${line.orderRelationship}.${f}`);
  const p = (f: string) => soqlName(`${line.productRelationship}.${f}`);
  /** The order line fields every history read selects, in SOQL. */
  const lineFields = soql`${o('Id')}, ${o(order.account)}, ${o(order.number)}, ${o(order.date)}, ${soqlName(line.product)}, ${p(product.code)}, ${p(product.name)}, ${soqlName(line.quantity)}, ${soqlName(line.unitPrice)}`;
  const toLine = (r: Record<string, unknown>): OrgOrderLine => {
    const ord = (r[line.orderRelationship] ?? {}) as Record<string, unknown>;
    const prod = (r[line.productRelationship] ?? {}) as Record<string, unknown>;
    return {
      accountId: String(ord[order.account]),
      orderId: String(ord.Id),
      orderNumber: (ord[order.number] as string | null) ?? null,
      orderDate: String(ord[order.date]),
      productId: String(r[line.product]),
      productCode: (prod[product.code] as string | null) ?? null,
      productName: String(prod[product.name] ?? ''),
      quantity: Number(r[line.quantity]),
      unitPrice: r[line.unitPrice] === null || r[line.unitPrice] === undefined ? null : Number(r[line.unitPrice]),
    };
  };

  const toAccount = (r: { Id: string; Name: string; AccountNumber?: string | null; BillingCountry?: string | null }): AccountSummary => ({
    id: r.Id,
    name: r.Name,
    accountNumber: r.AccountNumber ?? null,
    country: r.BillingCountry ?? null,
  });

  return {
    get requestCount() {
      return requestCount;
    },

    async searchAccounts(text: string, limit = 20): Promise<AccountSummary[]> {
      const records = await query<Parameters<typeof toAccount>[0]>(
        soql`SELECT Id, Name, AccountNumber, BillingCountry FROM Account WHERE Name LIKE ${contains(text)} OR AccountNumber LIKE ${contains(text)} ORDER BY Name LIMIT ${Math.max(1, Math.min(200, Math.floor(limit)))}`,
      );
      return records.map(toAccount);
    },

    async searchProducts(text: string, limit = 20): Promise<ProductSummary[]> {
      const { code, name } = product;
      const records = await query<Record<string, unknown> & { Id: string; Product2Id: string; UnitPrice: number }>(
        soql`SELECT Id, Product2Id, Product2.${soqlName(name)}, Product2.${soqlName(code)}, Product2.${soqlName(PACKAGE_OBJECTS.product.unitCost)}, UnitPrice FROM PricebookEntry WHERE Pricebook2.IsStandard = true AND IsActive = true AND (Product2.${soqlName(name)} LIKE ${contains(text)} OR Product2.${soqlName(code)} LIKE ${contains(text)}) ORDER BY Product2.${soqlName(name)} LIMIT ${Math.max(1, Math.min(200, Math.floor(limit)))}`,
      );
      return records.map((r) => {
        const p2 = (r.Product2 ?? {}) as Record<string, string | number | null>;
        const cost = p2[PACKAGE_OBJECTS.product.unitCost];
        return { id: r.Product2Id, productId: String(p2[code] ?? r.Product2Id), name: String(p2[name] ?? ''), pricebookEntryId: r.Id, listPrice: r.UnitPrice, unitCost: typeof cost === 'number' ? cost : null };
      });
    },

    async loadAllOrderLines(onPage?: (linesSoFar: number, total: number) => void): Promise<OrgOrderLine[]> {
      const records = await query<Record<string, unknown>>(soql`SELECT ${lineFields} FROM ${soqlName(line.object)} ORDER BY ${o(order.date)}, ${o('Id')}`, onPage);
      return records.map(toLine);
    },

    async loadRulesAndPromotions(asOf: string): Promise<RulesAndPromotions> {
      // Both queries in one Composite request: one round trip for all the admin's settings.
      const read = await queriesAtOnce(settingsQueries(asOf));
      return rulesAndPromotionsFrom(await read<RuleRecord>('rules'), await read<PromotionRecord>('promotions'), (await read<EngineSettingRecord>('setting'))[0]);
    },

    async loadAccountView(accountId: string, asOf: string, knownModelVersionId?: string): Promise<AccountView> {
      const id = salesforceId(accountId, 'Account');
      const read = await queriesAtOnce({
        account: soql`SELECT Id, Name, AccountNumber, BillingCountry FROM Account WHERE Id = ${id}`,
        lines: soql`SELECT ${lineFields} FROM ${soqlName(line.object)} WHERE ${o(order.account)} = ${id} ORDER BY ${o(order.date)}, ${o('Id')}`,
        ...settingsQueries(asOf),
        model: latestModelQuery,
      });
      const [account] = await read<Parameters<typeof toAccount>[0]>('account');
      if (!account) throw new ConnectorError('NOT_FOUND', `Account ${accountId} does not exist or is not visible to you`, { record: accountId });
      const lines = (await read<Record<string, unknown>>('lines')).map((r): OrderLineRecord => {
        const { accountId: _, ...rest } = toLine(r);
        return rest;
      });
      const settings = rulesAndPromotionsFrom(await read<RuleRecord>('rules'), await read<PromotionRecord>('promotions'), (await read<EngineSettingRecord>('setting'))[0]);
      const [version] = await read<{ Id: string; CreatedDate: string }>('model');
      let model: StoredModel | null = null;
      if (version) {
        const known = knownModelVersionId !== undefined && knownModelVersionId.slice(0, 15) === version.Id.slice(0, 15);
        // jsforce answers a file's bytes as text (or, labelled JSON, parsed): the model is UTF-8 JSON either way.
        const body = known ? null : await call<unknown>('GET', `/sobjects/ContentVersion/${salesforceId(version.Id, 'ContentVersion')}/VersionData`);
        model = { versionId: version.Id, createdDate: version.CreatedDate, text: body === null ? null : typeof body === 'string' ? body : JSON.stringify(body) };
      }
      return { account: toAccount(account), lines, ...settings, model };
    },

    async saveModel(text: string, description: string): Promise<{ versionId: string }> {
      const [current] = await query<{ ContentDocumentId: string }>(latestModelQuery);
      const created = await call<{ id: string }>('POST', '/sobjects/ContentVersion', {
        Title: MODEL_FILE.title,
        PathOnClient: MODEL_FILE.pathOnClient,
        Description: description.slice(0, 1000),
        VersionData: utf8Base64(text),
        // A new version of the same document: readers always find the latest by title.
        ...(current ? { ContentDocumentId: current.ContentDocumentId } : {}),
      });
      return { versionId: created.id };
    },

    async productCosts(product2Ids: readonly string[]): Promise<Map<string, number>> {
      const costs = new Map<string, number>();
      if (product2Ids.length === 0) return costs;
      const field = PACKAGE_OBJECTS.product.unitCost;
      const ids = [...new Set(product2Ids)].map((id) => salesforceId(id, 'Product2'));
      const records = await query<Record<string, unknown> & { Id: string }>(soql`SELECT Id, ${soqlName(field)} FROM Product2 WHERE Id IN ${ids} AND ${soqlName(field)} != null`);
      // Keyed as asked (15 or 18 characters), so callers look up the ids they have.
      const asked = new Map(ids.map((id) => [id.slice(0, 15), id] as const));
      for (const r of records) costs.set(asked.get(r.Id.slice(0, 15)) ?? r.Id, Number(r[field]));
      return costs;
    },

    async loadProposalLog(filter: ProposalLogFilter = {}): Promise<ProposalLog> {
      const P = PACKAGE_OBJECTS.proposal;
      const L = PACKAGE_OBJECTS.proposalLine;
      const on = (prefix: string) => {
        const conditions: Soql[] = [];
        const field = (name: string) => soqlName(prefix + name);
        if (filter.accountId !== undefined) conditions.push(soql`${field(P.account)} = ${salesforceId(filter.accountId, 'Account')}`);
        if (filter.repId !== undefined) conditions.push(soql`${field('CreatedById')} = ${salesforceId(filter.repId, 'User')}`);
        if (filter.from !== undefined) conditions.push(soql`${field('CreatedDate')} >= ${dayStart(filter.from, 'from')}`);
        if (filter.to !== undefined) conditions.push(soql`${field('CreatedDate')} < ${dayStart(filter.to, 'to', 1)}`);
        return conditions.length ? soql`WHERE ${joinSoql(conditions, ' AND ')}` : soql``;
      };
      const limit = Math.max(1, Math.min(2000, Math.floor(filter.limit ?? 200)));
      const through = `${L.proposal.replace(/__c$/, '__r')}.`;
      const lineFilter = on(through);
      const read = await queriesAtOnce({
        proposals: soql`SELECT Id, CreatedDate, CreatedById, CreatedBy.Name, ${soqlName(P.account)}, ${soqlName(P.account.replace(/__c$/, '__r'))}.Name, ${soqlName(P.status)}, ${soqlName(P.segment)}, ${soqlName(P.proposedValue)}, ${soqlName(P.acceptedValue)}, ${soqlName(P.opportunity)}, ${soqlName(P.rejectionReason)} FROM ${soqlName(P.object)} ${on('')} ORDER BY CreatedDate DESC, Id DESC LIMIT ${limit}`,
        reasons: soql`SELECT ${soqlName(L.rejectionReason)} reason, COUNT(Id) n FROM ${soqlName(L.object)} ${lineFilter.text ? soql`${lineFilter} AND` : soql`WHERE`} ${soqlName(L.outcome)} = 'rejected' GROUP BY ${soqlName(L.rejectionReason)}`,
      });
      const proposals = (await read<Record<string, unknown>>('proposals')).map((r): LoggedProposal => {
        const account = (r[P.account.replace(/__c$/, '__r')] ?? {}) as { Name?: string };
        const rep = (r.CreatedBy ?? {}) as { Name?: string };
        return {
          id: String(r.Id),
          createdDate: String(r.CreatedDate),
          account: { id: String(r[P.account]), name: account.Name ?? '' },
          rep: { id: (r.CreatedById as string | null) ?? null, name: rep.Name ?? '' },
          status: r[P.status] === 'rejected' ? 'rejected' : 'accepted',
          segment: (r[P.segment] as string | null) ?? null,
          proposedValue: Number(r[P.proposedValue] ?? 0),
          acceptedValue: Number(r[P.acceptedValue] ?? 0),
          opportunityId: (r[P.opportunity] as string | null) ?? null,
          rejectionReason: (r[P.rejectionReason] as string | null) ?? null,
        };
      });
      const rejectionReasons = (await read<{ reason: string | null; n: number }>('reasons'))
        .map((r) => ({ reason: r.reason ?? 'unspecified', lines: Number(r.n) }))
        .sort((a, b) => b.lines - a.lines || a.reason.localeCompare(b.reason));
      return { proposals, rejectionReasons };
    },

    async saveProposal(proposal: ProposalToSave): Promise<SavedProposal> {
      checkProposal(proposal);
      const P = PACKAGE_OBJECTS.proposal;
      const [earlier] = await query<Record<string, string | null>>(
        soql`SELECT Id, ${soqlName(P.opportunity)} FROM ${soqlName(P.object)} WHERE ${soqlName(P.externalId)} = ${proposal.proposalId} LIMIT 1`,
      );
      if (earlier) return { proposalRecordId: earlier.Id!, opportunityId: earlier[P.opportunity] ?? null, created: false };

      let pricebookId: string | null = null;
      const entries = new Map<string, string>();
      const kept = proposal.lines.filter((l) => l.outcome !== 'rejected');
      if (proposal.status === 'accepted') {
        pricebookId = proposal.pricebookId ?? (await standardPricebook());
        const products = [...new Set(kept.map((l) => l.productId))];
        const found = await query<{ Id: string; Product2Id: string }>(
          soql`SELECT Id, Product2Id FROM PricebookEntry WHERE Pricebook2Id = ${pricebookId} AND Product2Id IN ${products} AND IsActive = true`,
        );
        for (const e of found) entries.set(e.Product2Id.slice(0, 15), e.Id);
        for (const l of kept) {
          const entry = entries.get(l.productId.slice(0, 15));
          if (!entry) throw new ConnectorError('MISSING_PRICEBOOK_ENTRY', `Product ${l.productId} has no active entry in price book ${pricebookId}: add it to the price book, or remove the line`, { record: l.productId, field: 'PricebookEntryId' });
          entries.set(l.productId, entry);
        }
      }
      // A Composite answer is HTTP 200 even when a subrequest failed: the check raises it, so a locked row is retried too.
      const answer = await call<unknown>('POST', '/composite', proposalComposite(proposal, pricebookId, entries, version), (a) => {
        const error = readCompositeErrors(a, proposal);
        if (error) throw error;
      });
      const byRef = new Map(((answer as { compositeResponse: { referenceId: string; body: { id?: string } }[] }).compositeResponse).map((r) => [r.referenceId, r.body?.id ?? null] as const));
      return { proposalRecordId: byRef.get('proposal')!, opportunityId: byRef.get('opportunity') ?? null, created: true };
    },
  };

  async function standardPricebook(): Promise<string> {
    const [book] = await query<{ Id: string }>(soql`SELECT Id FROM Pricebook2 WHERE IsStandard = true LIMIT 1`);
    if (!book) throw new ConnectorError('NOT_FOUND', 'The org has no standard price book visible to you: pass a price book id', { record: 'Pricebook2' });
    return book.Id;
  }
}

/** Checks a proposal before any request: what is wrong is named by line and field. */
function checkProposal(p: ProposalToSave): void {
  const bad = (field: string, message: string, record = p.proposalId) => new ConnectorError('INVALID_PROPOSAL', `Proposal ${p.proposalId}: ${message}`, { record, field });
  if (!/^[\w-]{8,80}$/.test(p.proposalId)) throw bad('proposalId', 'the proposal id must be 8 to 80 letters, digits, - or _');
  if (p.status === 'accepted' && !p.lines.some((l) => l.outcome !== 'rejected')) throw bad('lines', 'an accepted proposal needs at least one line that is not rejected');
  for (const l of p.lines) {
    if (l.outcome !== 'rejected' && !(Number.isFinite(l.quantity) && l.quantity > 0)) throw bad('quantity', `line ${l.productId}: quantity must be above 0, got ${l.quantity}`, l.productId);
    if (!(Number.isFinite(l.price) && l.price >= 0)) throw bad('price', `line ${l.productId}: price must be 0 or more, got ${l.price}`, l.productId);
  }
}

/** The active rules, the promotions valid on `asOf`, and the engine settings. */
function settingsQueries(asOf: string): { rules: Soql; promotions: Soql; setting: Soql } {
  const day = new SoqlDate(asOf);
  return {
    setting: soql`SELECT OO_MinProbability__c, OO_MinExpectedValue__c, OO_MaxNovelties__c, OO_HorizonDays__c FROM OO_EngineSetting__mdt WHERE DeveloperName = 'Default' LIMIT 1`,
    rules: soql`SELECT MasterLabel, OO_Section__c, OO_Definition__c FROM OO_BusinessRule__mdt WHERE OO_Active__c = true ORDER BY OO_Section__c, MasterLabel`,
    promotions: soql`SELECT Name, OO_ProductCodes__c, OO_ProductGroup__c, OO_DiscountPercent__c, OO_ValidFrom__c, OO_ValidTo__c, OO_Segments__c, OO_MinQuantity__c FROM OO_Promotion__c WHERE OO_ValidFrom__c <= ${day} AND OO_ValidTo__c >= ${day} ORDER BY Name`,
  };
}

/** The latest version of the prepared model file. */
const latestModelQuery = soql`SELECT Id, ContentDocumentId, CreatedDate FROM ContentVersion WHERE Title = ${MODEL_FILE.title} AND IsLatest = true ORDER BY CreatedDate DESC LIMIT 1`;

/** Rules and promotions validated by the engine; a rule it refuses fails as `INVALID_RULE`, naming the rule and field. */
function rulesAndPromotionsFrom(rules: RuleRecord[], promotions: PromotionRecord[], setting?: EngineSettingRecord): RulesAndPromotions {
  try {
    const horizon = setting?.OO_HorizonDays__c;
    return {
      rules: parseRules(rulesFromRecords(rules, setting)),
      promotions: parsePromotions(promotionsFromRecords(promotions)),
      ...(typeof horizon === 'number' && horizon >= 1 ? { horizonDays: Math.round(horizon) } : {}),
    };
  } catch (error) {
    if (error instanceof RuleError) throw new ConnectorError('INVALID_RULE', error.message, { record: error.rule, field: error.field });
    throw error;
  }
}

/** Text as base64 of its UTF-8 bytes (a file's `VersionData`), in Node and browsers alike. */
function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Fragments of SOQL, each already bound, joined by `separator` (e.g. conditions by ` AND `). */
function joinSoql(parts: readonly Soql[], separator: string): Soql {
  return new Soql(parts.map((p) => p.text).join(separator));
}

/** The UTC start of a `YYYY-MM-DD` day, `plusDays` later, as a datetime to bind; a bad day names the filter. */
function dayStart(day: string, filter: string, plusDays = 0): Date {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  if (Number.isNaN(time)) throw new ConnectorError('INVALID_FILTER', `${filter}: '${day}' is not a YYYY-MM-DD day`, { field: filter });
  return new Date(time + plusDays * 86_400_000);
}
