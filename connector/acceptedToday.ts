import { acceptedKey } from './acceptedKey.js';
import type { CompositeRead, ReadRequest } from './compositeRead.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import type { AcceptedProposal } from './SalesforcePort.js';

const P = PACKAGE_OBJECTS.proposal;

/**
 * The record reads, for an account view's Composite request, of the proposal accepted for the
 * account on `day` (by its unique `OO_AcceptedKey__c`: sObject Rows by External ID, not a query,
 * so the request's 5 queries stay free) and of the user who accepted it (by reference). Both are
 * "not found" when there is none, or when the user may not see it: then the view says none.
 */
export function acceptedTodayReads(accountId: string, day: string): ReadRequest[] {
  return [
    { referenceId: 'acceptedToday', get: `/sobjects/${P.object}/${P.acceptedKey}/${encodeURIComponent(acceptedKey(accountId, day))}` },
    { referenceId: 'acceptedBy', get: '/sobjects/User/@{acceptedToday.CreatedById}?fields=Id,Name' },
  ];
}

/** The accepted proposal from the reads, or null when there is none (or it is not visible). */
export function acceptedTodayFrom(read: CompositeRead): AcceptedProposal | null {
  if (read.failure('acceptedToday')) return null;
  const r = read.body<Record<string, unknown>>('acceptedToday');
  const user = read.failure('acceptedBy') ? null : read.body<{ Name?: string }>('acceptedBy');
  return {
    id: String(r.Id),
    proposalId: String(r[P.externalId] ?? ''),
    acceptedAt: String(r.CreatedDate),
    acceptedBy: { id: String(r.CreatedById ?? ''), name: user?.Name ?? '' },
    opportunityId: (r[P.opportunity] as string | null | undefined) ?? null,
    acceptedValue: Number(r[P.acceptedValue] ?? 0),
  };
}
