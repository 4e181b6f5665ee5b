import { acceptedKey } from './acceptedKey.js';
import { COMPOSITE_LIMITS } from './compositeLimits.js';
import { ConnectorError } from './ConnectorError.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import type { ProposalLineToSave, ProposalToSave } from './SalesforcePort.js';

/** One subrequest of a Composite request. */
export interface SubRequest {
  method: 'POST' | 'GET' | 'PATCH';
  url: string;
  referenceId: string;
  body?: unknown;
}

/** Reference ids of the proposal's subrequests, for reading the answer back; collections are numbered (`lineItems0`, `lineItems1`, …). */
export const REF = { opportunity: 'opportunity', lineItems: 'lineItems', proposal: 'proposal', proposalLines: 'proposalLines' } as const;

/** What the Opportunity is written with, besides the account and price book. */
export interface OpportunityValues {
  Name: string;
  StageName: string;
  CloseDate: string;
  /** Only in a multi-currency org. */
  CurrencyIsoCode?: string;
}

/** Long text fields hold at most this many characters (Salesforce's long text area default). */
const LONG_TEXT = 32_768;

/** The lines in collections of at most 200 records. */
function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += COMPOSITE_LIMITS.recordsPerCollection) out.push(items.slice(i, i + COMPOSITE_LIMITS.recordsPerCollection));
  return out;
}

/**
 * Refuses, before any request, a proposal whose lines need more collections of 200 than one
 * Composite request may hold (5, queries included: the write has none): the line items and the
 * proposal log's lines are written in one transaction or not at all.
 */
export function checkProposalSize(p: ProposalToSave): void {
  const kept = p.status === 'accepted' ? p.lines.filter((l) => l.outcome !== 'rejected').length : 0;
  const collections = chunks(new Array(kept).fill(0)).length + chunks(p.lines).length;
  if (collections > COMPOSITE_LIMITS.queriesOrCollections) {
    const { recordsPerCollection: per, queriesOrCollections: most } = COMPOSITE_LIMITS;
    throw new ConnectorError('PROPOSAL_TOO_LARGE', `Proposal ${p.proposalId}: ${p.lines.length} lines (${kept} ordered) need ${collections} collections of at most ${per} records, and one Composite request (all or none) holds at most ${most}: remove lines or split the order`, { record: p.proposalId, field: 'lines' });
  }
}

/**
 * The Composite request that writes a proposal in one transaction (`allOrNone`): for an accepted
 * proposal the Opportunity and its line items (collections of ≤ 200) and, in both cases, the
 * proposal log with a line per proposed product (accepted, edited or rejected). Later subrequests
 * refer to earlier ones by `@{opportunity.id}` and `@{proposal.id}`. `entries` maps each accepted
 * product to its price book entry.
 */
export function proposalComposite(p: ProposalToSave, opportunity: OpportunityValues | null, pricebookId: string | null, entries: ReadonlyMap<string, string>, apiVersion: string): { allOrNone: true; compositeRequest: SubRequest[] } {
  const base = `/services/data/v${apiVersion}`;
  const kept = p.lines.filter((l) => l.outcome !== 'rejected');
  const accepted = p.status === 'accepted' && opportunity !== null;
  const requests: SubRequest[] = [];
  const collection = (ref: string, i: number, records: unknown[]) => requests.push({ method: 'POST', url: `${base}/composite/sobjects`, referenceId: `${ref}${i}`, body: { allOrNone: true, records } });
  if (accepted) {
    requests.push({ method: 'POST', url: `${base}/sobjects/Opportunity`, referenceId: REF.opportunity, body: { ...opportunity, AccountId: p.accountId, Pricebook2Id: pricebookId } });
    chunks(kept).forEach((part, i) =>
      collection(REF.lineItems, i, part.map((l) => ({ attributes: { type: 'OpportunityLineItem' }, OpportunityId: `@{${REF.opportunity}.id}`, PricebookEntryId: entries.get(l.productId), Quantity: l.quantity, UnitPrice: l.price }))),
    );
  }
  requests.push({ method: 'POST', url: `${base}/sobjects/${PACKAGE_OBJECTS.proposal.object}`, referenceId: REF.proposal, body: proposalRecord(p, accepted, kept) });
  chunks(p.lines).forEach((part, i) => collection(REF.proposalLines, i, part.map(proposalLineRecord)));
  return { allOrNone: true, compositeRequest: requests };
}

/** The proposal log record. */
function proposalRecord(p: ProposalToSave, accepted: boolean, kept: readonly ProposalLineToSave[]): Record<string, unknown> {
  const P = PACKAGE_OBJECTS.proposal;
  const value = (lines: readonly ProposalLineToSave[], which: 'proposed' | 'kept') =>
    Math.round(lines.reduce((s, l) => s + (which === 'proposed' ? l.proposedQuantity * l.proposedPrice : l.quantity * l.price), 0) * 100) / 100;
  return {
    [P.externalId]: p.proposalId,
    [P.account]: p.accountId,
    ...(accepted ? { [P.opportunity]: `@{${REF.opportunity}.id}`, [P.acceptedKey]: acceptedKey(p.accountId, p.day) } : {}),
    [P.status]: p.status,
    [P.segment]: p.segment,
    [P.engineVersion]: p.engineVersion,
    [P.proposedValue]: value(p.lines, 'proposed'),
    [P.acceptedValue]: accepted ? value(kept, 'kept') : 0,
    ...(p.rejectionReason ? { [P.rejectionReason]: p.rejectionReason.slice(0, LONG_TEXT) } : {}),
  };
}

/** One line of the proposal log, under its proposal. */
function proposalLineRecord(l: ProposalLineToSave): Record<string, unknown> {
  const L = PACKAGE_OBJECTS.proposalLine;
  return {
    attributes: { type: L.object },
    [L.proposal]: `@{${REF.proposal}.id}`,
    [L.product]: l.productId,
    [L.kind]: l.kind,
    [L.outcome]: l.outcome,
    [L.proposedQuantity]: l.proposedQuantity,
    [L.quantity]: l.quantity,
    [L.proposedPrice]: l.proposedPrice,
    [L.price]: l.price,
    [L.probability]: Math.round(l.probability * 1000) / 10,
    [L.reason]: l.reason.slice(0, LONG_TEXT),
    [L.priceSteps]: l.priceSteps.join('\n').slice(0, LONG_TEXT),
    ...(l.rejectionReason ? { [L.rejectionReason]: l.rejectionReason } : {}),
  };
}
