import { ConnectorError } from './ConnectorError.js';
import type { ReadRequest } from './compositeRead.js';
import { COMPOSITE_LIMITS } from './compositeLimits.js';
import { engineSettingFrom, engineSettingQuery } from './engineSetting.js';
import type { ImpactData, ImpactFilter, ImpactLineRecord, ImpactProposalRecord, MonthRevenue } from './ImpactData.js';
import { addMonths, monthRange, monthStart } from './monthRange.js';
import type { OrgClient } from './orgClient.js';
import type { OrderObjects } from './OrgSchema.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import type { EngineSettingRecord } from './rulesFromRecords.js';
import { CONTROL_STATUS, PROPOSAL_STATUSES, type LineOutcome, type ProposalStatus } from './SalesforcePort.js';
import { soql, soqlName, SoqlDate } from './soql.js';

/** Months of revenue before the first month read, for the uplift's pre-period covariates (the month, quarter and half-year before). */
export const PRE_MONTHS = 6;
/** Rows an aggregate query answers at most (no query locator with GROUP BY): more accounts with orders in a month cannot be read this way. */
export const AGGREGATE_ROWS = 2000;

const P = PACKAGE_OBJECTS.proposal;
const L = PACKAGE_OBJECTS.proposalLine;
const rel = (field: string) => field.replace(/__c$/, '__r');

/**
 * `SalesforcePort.loadImpactData`: the proposals logged in the months (comparison-group visits
 * included) with their lines and outcomes, and every visible account's revenue in each month and
 * the `PRE_MONTHS` before, as the user's sharing allows. Composite requests of 5 queries: the
 * settings, the proposals and the lines (paged by `nextRecordsUrl`), then one aggregate query per
 * month (`SUM(TotalPrice)` of the order lines by the order's account).
 */
export async function loadImpactData(client: OrgClient, orders: OrderObjects, filter: ImpactFilter): Promise<ImpactData> {
  const months = monthRange(filter.from, filter.to);
  const after = monthStart(addMonths(filter.to, 1));
  const revenueMonths = monthRange(addMonths(filter.from, -PRE_MONTHS), filter.to, 24 + PRE_MONTHS);
  const requests: ReadRequest[] = [
    { referenceId: 'setting', query: engineSettingQuery },
    { referenceId: 'proposals', query: soql`SELECT Id, CreatedDate, CreatedById, CreatedBy.Name, CreatedBy.ManagerId, CreatedBy.Manager.Name, ${soqlName(P.account)}, ${soqlName(`${rel(P.account)}.Name`)}, ${soqlName(P.status)}, ${soqlName(P.proposedValue)}, ${soqlName(P.acceptedValue)} FROM ${soqlName(P.object)} WHERE CreatedDate >= ${monthStart(filter.from)} AND CreatedDate < ${after} ORDER BY CreatedDate, Id` },
    { referenceId: 'lines', query: soql`SELECT ${soqlName(L.proposal)}, ${soqlName(L.product)}, ${soqlName(`${rel(L.product)}.Name`)}, ${soqlName(L.kind)}, ${soqlName(L.outcome)}, ${soqlName(L.proposedQuantity)}, ${soqlName(L.quantity)}, ${soqlName(L.proposedPrice)}, ${soqlName(L.price)}, ${soqlName(L.ordered)}, ${soqlName(L.orderedQuantity)}, ${soqlName(L.orderedValue)} FROM ${soqlName(L.object)} WHERE ${soqlName(`${rel(L.proposal)}.CreatedDate`)} >= ${monthStart(filter.from)} AND ${soqlName(`${rel(L.proposal)}.CreatedDate`)} < ${after} ORDER BY ${soqlName(L.proposal)}, Id` },
    ...revenueMonths.map((m) => ({ referenceId: `revenue_${m.replace('-', '_')}`, query: revenueQuery(orders, m) })),
  ];
  const answers = new Map<string, unknown[]>();
  for (let i = 0; i < requests.length; i += COMPOSITE_LIMITS.queriesOrCollections) {
    const batch = requests.slice(i, i + COMPOSITE_LIMITS.queriesOrCollections);
    const read = await client.read(batch);
    for (const r of batch) answers.set(r.referenceId, await read.records(r.referenceId));
  }
  const [setting] = answers.get('setting') as EngineSettingRecord[];
  const lines = linesByProposal(answers.get('lines') as Record<string, unknown>[]);
  const proposals = (answers.get('proposals') as Record<string, unknown>[]).map((r) => proposalRecord(r, lines.get(String(r.Id)) ?? []));
  const revenue = revenueMonths.map((m) => monthRevenue(m, answers.get(`revenue_${m.replace('-', '_')}`) as Record<string, unknown>[]));
  return { months, proposals, revenue, controlShare: engineSettingFrom(setting).controlShare };
}

/** Each account's revenue in a month: the sum of its order lines' `TotalPrice`, by the order's account, orders of the month by their date. */
function revenueQuery(orders: OrderObjects, month: string) {
  const o = (f: string) => soqlName(`${orders.line.orderRelationship}.${f}`);
  const start = new SoqlDate(`${month}-01`);
  const end = new SoqlDate(`${addMonths(month, 1)}-01`);
  return soql`SELECT ${o(orders.order.account)}, SUM(TotalPrice) revenue FROM ${soqlName(orders.line.object)} WHERE ${o(orders.order.date)} >= ${start} AND ${o(orders.order.date)} < ${end} GROUP BY ${o(orders.order.account)}`;
}

function monthRevenue(month: string, rows: Record<string, unknown>[], account = 'AccountId'): MonthRevenue {
  if (rows.length >= AGGREGATE_ROWS) {
    throw new ConnectorError('TOO_MANY_ACCOUNTS', `More than ${AGGREGATE_ROWS - 1} accounts ordered in ${month}: Salesforce answers at most ${AGGREGATE_ROWS} rows of an aggregate query, so revenue per account cannot be read this way (run the uplift with \`optimal-order simulate\` or a report instead)`, { field: 'TotalPrice' });
  }
  const byAccount: Record<string, number> = {};
  for (const r of rows) byAccount[String(r[account])] = Number(r.revenue ?? 0);
  return { month, byAccount };
}

function linesByProposal(rows: Record<string, unknown>[]): Map<string, ImpactLineRecord[]> {
  const out = new Map<string, ImpactLineRecord[]>();
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  for (const r of rows) {
    const id = String(r[L.proposal]);
    const list = out.get(id) ?? out.set(id, []).get(id)!;
    list.push({
      productId: String(r[L.product] ?? ''),
      productName: String((r[rel(L.product)] as { Name?: string } | null)?.Name ?? ''),
      kind: r[L.kind] as ImpactLineRecord['kind'],
      outcome: r[L.outcome] as LineOutcome,
      proposedQuantity: Number(r[L.proposedQuantity] ?? 0),
      quantity: Number(r[L.quantity] ?? 0),
      proposedPrice: Number(r[L.proposedPrice] ?? 0),
      price: Number(r[L.price] ?? 0),
      ordered: typeof r[L.ordered] === 'boolean' ? (r[L.ordered] as boolean) : null,
      orderedQuantity: num(r[L.orderedQuantity]),
      orderedValue: num(r[L.orderedValue]),
    });
  }
  return out;
}

function proposalRecord(r: Record<string, unknown>, lines: ImpactLineRecord[]): ImpactProposalRecord {
  const by = (r.CreatedBy ?? {}) as { Name?: string; ManagerId?: string | null; Manager?: { Name?: string } | null };
  const status = r[P.status];
  return {
    id: String(r.Id),
    createdDate: String(r.CreatedDate),
    account: { id: String(r[P.account]), name: String((r[rel(P.account)] as { Name?: string } | null)?.Name ?? '') },
    rep: { id: String(r.CreatedById ?? ''), name: by.Name ?? '' },
    team: by.ManagerId ? { id: by.ManagerId, name: by.Manager?.Name ?? '' } : null,
    // An earlier log's `rejected` is read as `declined`, as the proposal log does.
    status: status === CONTROL_STATUS || PROPOSAL_STATUSES.includes(status as ProposalStatus) ? (status as ProposalStatus) : 'declined',
    proposedValue: Number(r[P.proposedValue] ?? 0),
    acceptedValue: Number(r[P.acceptedValue] ?? 0),
    lines,
  };
}
