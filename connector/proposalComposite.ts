import { PACKAGE_OBJECTS } from './OrgSchema.js';
import type { ProposalToSave } from './SalesforcePort.js';

/** One subrequest of a Composite request. */
export interface SubRequest {
  method: 'POST' | 'GET' | 'PATCH';
  url: string;
  referenceId: string;
  body?: unknown;
}

/** Reference ids of the proposal's subrequests, for reading the answer back. */
export const REF = { opportunity: 'opportunity', lineItems: 'lineItems', proposal: 'proposal', proposalLines: 'proposalLines' } as const;

/** Long text fields hold at most this many characters (Salesforce's long text area default). */
const LONG_TEXT = 32_768;

/**
 * The Composite request that writes a proposal in one transaction (`allOrNone`): for an accepted
 * proposal the Opportunity, its line items (one `composite/sobjects` subrequest, so a long order
 * stays within the 25-subrequest limit) and, in both cases, the proposal log with a line per
 * proposed product (accepted, edited or rejected). Later subrequests refer to earlier ones by
 * `@{opportunity.id}` and `@{proposal.id}`. `entries` maps each accepted product to its price book entry.
 */
export function proposalComposite(p: ProposalToSave, pricebookId: string | null, entries: ReadonlyMap<string, string>, apiVersion: string): { allOrNone: true; compositeRequest: SubRequest[] } {
  const base = `/services/data/v${apiVersion}`;
  const kept = p.lines.filter((l) => l.outcome !== 'rejected');
  const value = (lines: typeof p.lines, which: 'proposed' | 'kept') =>
    Math.round(lines.reduce((s, l) => s + (which === 'proposed' ? l.proposedQuantity * l.proposedPrice : l.quantity * l.price), 0) * 100) / 100;
  const P = PACKAGE_OBJECTS.proposal;
  const L = PACKAGE_OBJECTS.proposalLine;
  const requests: SubRequest[] = [];
  const accepted = p.status === 'accepted';
  if (accepted) {
    requests.push({
      method: 'POST',
      url: `${base}/sobjects/Opportunity`,
      referenceId: REF.opportunity,
      body: { Name: p.opportunityName, AccountId: p.accountId, CloseDate: p.closeDate, StageName: p.stageName ?? 'Prospecting', Pricebook2Id: pricebookId },
    });
    requests.push({
      method: 'POST',
      url: `${base}/composite/sobjects`,
      referenceId: REF.lineItems,
      body: {
        allOrNone: true,
        records: kept.map((l) => ({ attributes: { type: 'OpportunityLineItem' }, OpportunityId: `@{${REF.opportunity}.id}`, PricebookEntryId: entries.get(l.productId), Quantity: l.quantity, UnitPrice: l.price })),
      },
    });
  }
  requests.push({
    method: 'POST',
    url: `${base}/sobjects/${P.object}`,
    referenceId: REF.proposal,
    body: {
      [P.externalId]: p.proposalId,
      [P.account]: p.accountId,
      ...(accepted ? { [P.opportunity]: `@{${REF.opportunity}.id}` } : {}),
      [P.status]: p.status,
      [P.segment]: p.segment,
      [P.engineVersion]: p.engineVersion,
      [P.proposedValue]: value(p.lines, 'proposed'),
      [P.acceptedValue]: accepted ? value(kept, 'kept') : 0,
      ...(p.rejectionReason ? { [P.rejectionReason]: p.rejectionReason.slice(0, LONG_TEXT) } : {}),
    },
  });
  if (p.lines.length) {
    requests.push({
      method: 'POST',
      url: `${base}/composite/sobjects`,
      referenceId: REF.proposalLines,
      body: {
        allOrNone: true,
        records: p.lines.map((l) => ({
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
        })),
      },
    });
  }
  return { allOrNone: true, compositeRequest: requests };
}
