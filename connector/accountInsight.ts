import { decodeAccountInsight, EngineError, type AccountInsight } from '../engine/index.js';
import type { CompositeRead, ReadRequest } from './compositeRead.js';
import type { IgnoredRecord } from './IgnoredRecord.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import { salesforceId18 } from './salesforceId18.js';

const I = PACKAGE_OBJECTS.accountInsight;

/**
 * The read of an account's insight, for the account view's Composite request: sObject Rows by
 * External ID on `OO_AccountKey__c` (a record read, not a query: the request's 5 queries stay
 * free). Salesforce answers 404 when there is none or when the user cannot see the account (the
 * insight is its master-detail child): either way the view has no insight.
 */
export function accountInsightRead(accountId: string): ReadRequest {
  return { referenceId: 'insight', get: `/sobjects/${I.object}/${I.accountKey}/${salesforceId18(accountId, 'Account')}` };
}

/**
 * The account's insight from the read: null when there is none (or it is not visible); null too
 * when the engine refuses its text or it is another account's, then listed in `ignored` naming
 * the record and the field, for the admin (the next `prepare` writes it again).
 */
export function accountInsightFrom(read: CompositeRead, accountId: string): { insight: AccountInsight | null; ignored: IgnoredRecord[] } {
  if (read.failure('insight')) return { insight: null, ignored: [] };
  const record = read.body<Record<string, unknown>>('insight');
  const name = `${I.object} ${String(record.Id ?? record[I.accountKey] ?? accountId)}`;
  const where = `the account's Optimal Order Insights related list (written by optimal-order prepare; run it again)`;
  try {
    const insight = decodeAccountInsight(String(record[I.data] ?? ''), `${name}.${I.data}`);
    if (insight.accountId.slice(0, 15) !== accountId.slice(0, 15)) {
      return { insight: null, ignored: [{ kind: 'insight', name, field: `${I.data} › accountId`, problem: `is ${insight.accountId}, another account than ${accountId}`, where }] };
    }
    return { insight: { ...insight, accountId }, ignored: [] };
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    return { insight: null, ignored: [{ kind: 'insight', name, field: I.data, problem: error.message, where }] };
  }
}
