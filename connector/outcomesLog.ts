import type { OrgClient } from './orgClient.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import { PROPOSAL_STATUSES, type LineOutcome, type ProposalStatus } from './SalesforcePort.js';
import { soql, soqlName } from './soql.js';

const P = PACKAGE_OBJECTS.proposal;
const L = PACKAGE_OBJECTS.proposalLine;

/** The statuses of proposals (a control visit's is none of them); `rejected` is the log's before there were four. */
const LOGGED_STATUSES: readonly string[] = [...PROPOSAL_STATUSES, 'rejected'];

/** One logged proposal line with what the outcome step last wrote on it. */
export interface OutcomeLogLine {
  /** The OO_ProposalLine__c record. */
  id: string;
  /** The Product2 id. */
  productId: string;
  kind: 'habitual' | 'development' | 'extension';
  outcome: LineOutcome;
  proposedQuantity: number;
  quantity: number;
  rejectionReason: string | null;
  /** `OO_Ordered__c`, `OO_OrderedQuantity__c`, `OO_OrderedValue__c` as stored (null: never written). */
  ordered: boolean;
  orderedQuantity: number | null;
  orderedValue: number | null;
}

/** One logged proposal (not a control visit) with its lines and the outcome figures stored on it. */
export interface OutcomeLogProposal {
  /** The OO_Proposal__c record. */
  id: string;
  accountId: string;
  /** ISO date-time it was logged: when the rep decided. */
  createdDate: string;
  status: ProposalStatus;
  /** `OO_LinesOrdered__c`, `OO_Conversion__c` (percent points), `OO_OrderedValue__c` as stored. */
  linesOrdered: number | null;
  conversion: number | null;
  orderedValue: number | null;
  lines: OutcomeLogLine[];
}

/**
 * Every logged proposal made on or after `since` (control visits left out) with its lines, read by
 * two queries page by page (REST pages of up to 2,000): the proposals, then their lines through the
 * master-detail relationship. Runs as the caller: the integration user sees every proposal.
 */
export async function readOutcomeLog(client: OrgClient, since: Date): Promise<OutcomeLogProposal[]> {
  const proposals = await client.query<Record<string, unknown>>(
    soql`SELECT Id, CreatedDate, ${soqlName(P.account)}, ${soqlName(P.status)}, ${soqlName(P.linesOrdered)}, ${soqlName(P.conversion)}, ${soqlName(P.orderedValue)} FROM ${soqlName(P.object)} WHERE ${soqlName(P.status)} IN ${LOGGED_STATUSES} AND CreatedDate >= ${since} ORDER BY CreatedDate, Id`,
  );
  const byId = new Map<string, OutcomeLogProposal>();
  for (const r of proposals) byId.set(String(r.Id), proposalOf(r));
  const parent = (field: string) => soqlName(`${L.proposal.replace(/__c$/, '__r')}.${field}`);
  const lines = await client.query<Record<string, unknown>>(
    soql`SELECT Id, ${soqlName(L.proposal)}, ${soqlName(L.product)}, ${soqlName(L.kind)}, ${soqlName(L.outcome)}, ${soqlName(L.proposedQuantity)}, ${soqlName(L.quantity)}, ${soqlName(L.rejectionReason)}, ${soqlName(L.ordered)}, ${soqlName(L.orderedQuantity)}, ${soqlName(L.orderedValue)} FROM ${soqlName(L.object)} WHERE ${parent(P.status)} IN ${LOGGED_STATUSES} AND ${parent('CreatedDate')} >= ${since} ORDER BY ${soqlName(L.proposal)}, Id`,
  );
  // A line of a proposal logged between the two reads has no proposal read: it waits for the next run.
  for (const r of lines) byId.get(String(r[L.proposal]))?.lines.push(lineOf(r));
  return [...byId.values()];
}

function proposalOf(r: Record<string, unknown>): OutcomeLogProposal {
  const status = r[P.status];
  return {
    id: String(r.Id),
    accountId: String(r[P.account]),
    createdDate: String(r.CreatedDate),
    // A log written before there were four statuses says `rejected`: read as `declined`.
    status: PROPOSAL_STATUSES.includes(status as ProposalStatus) ? (status as ProposalStatus) : 'declined',
    linesOrdered: numberOrNull(r[P.linesOrdered]),
    conversion: numberOrNull(r[P.conversion]),
    orderedValue: numberOrNull(r[P.orderedValue]),
    lines: [],
  };
}

function lineOf(r: Record<string, unknown>): OutcomeLogLine {
  return {
    id: String(r.Id),
    productId: String(r[L.product] ?? ''),
    kind: (r[L.kind] as OutcomeLogLine['kind']) ?? 'habitual',
    outcome: (r[L.outcome] as LineOutcome) ?? 'accepted',
    proposedQuantity: Number(r[L.proposedQuantity] ?? 0),
    quantity: Number(r[L.quantity] ?? 0),
    rejectionReason: (r[L.rejectionReason] as string | null) ?? null,
    ordered: r[L.ordered] === true || r[L.ordered] === 'true',
    orderedQuantity: numberOrNull(r[L.orderedQuantity]),
    orderedValue: numberOrNull(r[L.orderedValue]),
  };
}

function numberOrNull(v: unknown): number | null {
  return v === null || v === undefined || v === '' ? null : Number(v);
}
