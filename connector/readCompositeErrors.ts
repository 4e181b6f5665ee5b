import { COMPOSITE_LIMITS } from './compositeLimits.js';
import { ConnectorError } from './ConnectorError.js';
import { PACKAGE_OBJECTS } from './OrgSchema.js';
import { REF } from './proposalComposite.js';
import type { ProposalToSave } from './SalesforcePort.js';

interface CompositeAnswer {
  compositeResponse?: { body: unknown; httpStatusCode: number; referenceId: string }[];
}

interface SalesforceError {
  errorCode?: string;
  statusCode?: string;
  message?: string;
  fields?: string[];
}

/** Errors that only say another part failed: the cause is elsewhere in the answer. */
const ECHOES = new Set(['PROCESSING_HALTED', 'ALL_OR_NONE_OPERATION_ROLLED_BACK']);

/**
 * The first real failure in a Composite answer as a `ConnectorError` naming the record and field
 * ("Opportunity line item for product 01t…: FIELD_CUSTOM_VALIDATION_EXCEPTION: …"), or null when
 * every subrequest succeeded. The org's own message is kept as is (a validation rule's message is
 * written for the rep).
 */
export function readCompositeErrors(answer: unknown, proposal: ProposalToSave): ConnectorError | null {
  const responses = (answer as CompositeAnswer)?.compositeResponse;
  if (!Array.isArray(responses)) return new ConnectorError('BAD_RESPONSE', 'Salesforce answered the Composite request without a compositeResponse', { body: JSON.stringify(answer) });
  for (const r of responses) {
    const items = Array.isArray(r.body) ? (r.body as unknown[]) : [r.body];
    for (const [i, item] of items.entries()) {
      const errors: SalesforceError[] = r.httpStatusCode >= 400 ? (items as SalesforceError[]) : ((item as { success?: boolean; errors?: SalesforceError[] })?.success === false ? ((item as { errors?: SalesforceError[] }).errors ?? []) : []);
      const real = errors.find((e) => !ECHOES.has(e.errorCode ?? e.statusCode ?? ''));
      if (!real) continue;
      const code = real.errorCode ?? real.statusCode ?? 'UNKNOWN_ERROR';
      const record = recordName(r.referenceId, r.httpStatusCode >= 400 ? -1 : i, proposal);
      const field = real.fields?.[0];
      if (code === 'DUPLICATE_VALUE' && field === PACKAGE_OBJECTS.proposal.acceptedKey) return alreadyAccepted(proposal, r);
      return new ConnectorError(code, `${record}${field ? `, field ${field}` : ''}: ${real.message ?? code}`, { status: r.httpStatusCode, body: JSON.stringify(r.body), record, field });
    }
  }
  return null;
}

/** A second accepted proposal for the account and day, refused by the org's unique key: nothing was written. */
function alreadyAccepted(p: ProposalToSave, r: { body: unknown; httpStatusCode: number }): ConnectorError {
  const message = `Account ${p.accountId} already has a proposal accepted on ${p.day} (by you in another window, or by a colleague): nothing was written. Reopen the account to see that proposal and its Opportunity.`;
  return new ConnectorError('ALREADY_ACCEPTED', message, { status: r.httpStatusCode, body: JSON.stringify(r.body), record: p.accountId, field: PACKAGE_OBJECTS.proposal.acceptedKey });
}

/** What a subrequest (and item of a collection) wrote, in words; collections hold 200 records each. */
function recordName(referenceId: string, index: number, p: ProposalToSave): string {
  const kept = p.lines.filter((l) => l.outcome !== 'rejected');
  const [, ref, part] = /^(.*?)(\d*)$/.exec(referenceId)!;
  const at = index >= 0 ? Number(part || 0) * COMPOSITE_LIMITS.recordsPerCollection + index : -1;
  switch (ref) {
    case REF.opportunity:
      return 'Opportunity';
    case REF.lineItems:
      return at >= 0 ? `Opportunity line item for product ${kept[at]?.productId ?? '?'}` : 'Opportunity line items';
    case REF.proposal:
      return `Proposal log ${p.proposalId}`;
    case REF.proposalLines:
      return at >= 0 ? `Proposal log line for product ${p.lines[at]?.productId ?? '?'}` : 'Proposal log lines';
    default:
      return referenceId;
  }
}
