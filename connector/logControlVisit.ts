import type { OrgClient } from './orgClient.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import { salesforceId18 } from './salesforceId18.js';
import { CONTROL_STATUS, type ControlVisit, type SavedProposal } from './SalesforcePort.js';
import { soql, soqlName } from './soql.js';
import { ConnectorError } from './ConnectorError.js';

/**
 * The proposal log's external id of a control visit: `control-<18-character account id>-<day>`,
 * one per account and day whoever opens it (a visit, not a rep's decision, is what is logged).
 */
export function controlVisitKey(accountId: string, day: string): string {
  return `${CONTROL_STATUS}-${salesforceId18(accountId, 'Account')}-${day}`;
}

/**
 * `SalesforcePort.logControlVisit`: reads the day's record by its key and, when there is none,
 * writes one proposal log record with status `control` and no value (one request each). Two views
 * at the same moment may both try: the key is unique, so the second is refused by the org
 * (`DUPLICATE_VALUE`) and read back as already logged.
 */
export async function logControlVisit(client: OrgClient, visit: ControlVisit): Promise<SavedProposal> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(visit.day)) throw new ConnectorError('INVALID_FILTER', `Control visit of account ${visit.accountId}: day '${visit.day}' is not YYYY-MM-DD`, { record: visit.accountId, field: 'day' });
  const P = PACKAGE_OBJECTS.proposal;
  const key = controlVisitKey(visit.accountId, visit.day);
  const earlier = () => client.query<{ Id: string }>(soql`SELECT Id FROM ${soqlName(P.object)} WHERE ${soqlName(P.externalId)} = ${key} LIMIT 1`);
  const [found] = await earlier();
  if (found) return { proposalRecordId: found.Id, opportunityId: null, created: false };
  const record = { [P.externalId]: key, [P.account]: salesforceId18(visit.accountId, 'Account'), [P.status]: CONTROL_STATUS, [P.engineVersion]: visit.engineVersion, [P.proposedValue]: 0, [P.acceptedValue]: 0 };
  try {
    const answer = await client.call<{ id: string }>('POST', `/sobjects/${P.object}`, record);
    return { proposalRecordId: answer.id, opportunityId: null, created: true };
  } catch (e) {
    const [again] = await earlier().catch(() => []);
    if (again) return { proposalRecordId: again.Id, opportunityId: null, created: false };
    throw e;
  }
}
