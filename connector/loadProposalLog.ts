import { ConnectorError } from './ConnectorError.js';
import type { OrgClient } from './orgClient.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import { salesforceId } from './salesforceId.js';
import { CONTROL_STATUS, PROPOSAL_STATUSES, type LoggedProposal, type ProposalLog, type ProposalLogFilter, type ProposalStatus } from './SalesforcePort.js';
import { Soql, soql, soqlName } from './soql.js';

/** The logged proposals under a filter, how many ended in each status, and the reasons for removed lines (one Composite request). */
export async function loadProposalLog(client: OrgClient, filter: ProposalLogFilter = {}): Promise<ProposalLog> {
  const P = PACKAGE_OBJECTS.proposal;
  const L = PACKAGE_OBJECTS.proposalLine;
  const on = (prefix: string) => {
    const field = (name: string) => soqlName(prefix + name);
    // Visits to the comparison group are no proposals: impact counts them apart.
    const conditions: Soql[] = [soql`${field(P.status)} != ${CONTROL_STATUS}`];
    if (filter.accountId !== undefined) conditions.push(soql`${field(P.account)} = ${salesforceId(filter.accountId, 'Account')}`);
    if (filter.repId !== undefined) conditions.push(soql`${field('CreatedById')} = ${salesforceId(filter.repId, 'User')}`);
    if (filter.from !== undefined) conditions.push(soql`${field('CreatedDate')} >= ${dayStart(filter.from, 'from')}`);
    if (filter.to !== undefined) conditions.push(soql`${field('CreatedDate')} < ${dayStart(filter.to, 'to', 1)}`);
    return soql`WHERE ${joinSoql(conditions, ' AND ')}`;
  };
  const limit = Math.max(1, Math.min(2000, Math.floor(filter.limit ?? 200)));
  const through = `${L.proposal.replace(/__c$/, '__r')}.`;
  const lineFilter = on(through);
  const read = await client.read([
    {
      referenceId: 'proposals',
      query: soql`SELECT Id, CreatedDate, CreatedById, CreatedBy.Name, ${soqlName(P.account)}, ${soqlName(P.account.replace(/__c$/, '__r'))}.Name, ${soqlName(P.status)}, ${soqlName(P.segment)}, ${soqlName(P.proposedValue)}, ${soqlName(P.acceptedValue)}, ${soqlName(P.opportunity)}, ${soqlName(P.rejectionReason)} FROM ${soqlName(P.object)} ${on('')} ORDER BY CreatedDate DESC, Id DESC LIMIT ${limit}`,
    },
    {
      referenceId: 'reasons',
      query: soql`SELECT ${soqlName(L.rejectionReason)} reason, COUNT(Id) n FROM ${soqlName(L.object)} ${lineFilter} AND ${soqlName(L.outcome)} = 'rejected' GROUP BY ${soqlName(L.rejectionReason)}`,
    },
    { referenceId: 'statuses', query: soql`SELECT ${soqlName(P.status)} status, COUNT(Id) n FROM ${soqlName(P.object)} ${on('')} GROUP BY ${soqlName(P.status)}` },
  ]);
  const proposals = (await read.records<Record<string, unknown>>('proposals')).map(loggedProposal);
  const rejectionReasons = (await read.records<{ reason: string | null; n: number }>('reasons'))
    .map((r) => ({ reason: r.reason ?? 'unspecified', lines: Number(r.n) }))
    .sort((a, b) => b.lines - a.lines || a.reason.localeCompare(b.reason));
  const byStatus = Object.fromEntries(PROPOSAL_STATUSES.map((s) => [s, 0])) as Record<ProposalStatus, number>;
  for (const r of await read.records<{ status: string | null; n: number }>('statuses')) byStatus[statusOf(r.status)] += Number(r.n);
  return { proposals, rejectionReasons, byStatus };
}

/** A logged status as one of the four; `rejected` (the log before there were four) is `declined`. */
function statusOf(value: unknown): ProposalStatus {
  return PROPOSAL_STATUSES.includes(value as ProposalStatus) ? (value as ProposalStatus) : 'declined';
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

/** A proposal record as managers review it. */
function loggedProposal(r: Record<string, unknown>): LoggedProposal {
  const P = PACKAGE_OBJECTS.proposal;
  const account = (r[P.account.replace(/__c$/, '__r')] ?? {}) as { Name?: string };
  const rep = (r.CreatedBy ?? {}) as { Name?: string };
  return {
    id: String(r.Id),
    createdDate: String(r.CreatedDate),
    account: { id: String(r[P.account]), name: account.Name ?? '' },
    rep: { id: (r.CreatedById as string | null) ?? null, name: rep.Name ?? '' },
    status: statusOf(r[P.status]),
    segment: (r[P.segment] as string | null) ?? null,
    proposedValue: Number(r[P.proposedValue] ?? 0),
    acceptedValue: Number(r[P.acceptedValue] ?? 0),
    opportunityId: (r[P.opportunity] as string | null) ?? null,
    rejectionReason: (r[P.rejectionReason] as string | null) ?? null,
  };
}
