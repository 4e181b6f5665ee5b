import { encodeAccountInsight, type AccountInsight } from '../engine/index.js';
import type { BulkFailure } from './bulkClient.js';
import type { OrgClient } from './orgClient.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';
import { salesforceId18 } from './salesforceId18.js';
import type { InsightFailure, SavedInsights } from './SalesforcePort.js';

const I = PACKAGE_OBJECTS.accountInsight;

/**
 * The longest field value a Bulk API 2.0 ingest job takes (Bulk API 2.0 Developer Guide, "Limits
 * and Allocations": 32,000 characters in a field), though the Long Text Area holds 131,072. An
 * insight is 1.4 KB (median) to 15 KB on the shared data; a longer one is reported, not sent.
 */
export const BULK_FIELD_CHARS = 32_000;

/**
 * `SalesforcePort.saveInsights`: every account's insight upserted on `OO_AccountKey__c` (the
 * 18-character Account id) with Bulk API 2.0 ingest jobs of at most
 * `ingestJobChars` CSV characters each, read lazily
 * so a large org's insights are never all in memory (`BulkOptions.ingestJobChars`): one record per account, overwritten by each
 * run. A row Salesforce refuses is reported by account id and field, never dropped silently.
 */
export async function saveInsights(client: OrgClient, insights: Iterable<AccountInsight>, onJob?: (written: number) => void): Promise<SavedInsights> {
  const jobChars = client.bulk.options.ingestJobChars;
  const saved: SavedInsights = { created: 0, updated: 0, failed: [] };
  let rows: Record<string, string>[] = [];
  let chars = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    const result = await client.bulk.upsert(I.object, I.accountKey, rows);
    saved.created += result.created;
    saved.updated += result.updated;
    for (const f of result.failed) saved.failed.push(insightFailure(f));
    onJob?.(saved.created + saved.updated + saved.failed.length);
    (rows = []), (chars = 0);
  };
  for (const insight of insights) {
    const row = insightRow(insight);
    if (row[I.data]!.length > BULK_FIELD_CHARS) {
      saved.failed.push({ accountId: row[I.accountKey]!, field: I.data, errorCode: 'STRING_TOO_LONG', message: `the insight is ${row[I.data]!.length} characters, more than the ${BULK_FIELD_CHARS} Bulk API 2.0 writes in a field` });
      continue;
    }
    const size = csvChars(row);
    if (chars + size > jobChars) await flush();
    rows.push(row);
    chars += size;
  }
  await flush();
  return saved;
}

/** An insight as the record written: its account (master-detail), key, text and model date (also how the demo seeds its org). */
export function insightRow(insight: AccountInsight): Record<string, string> {
  const account = salesforceId18(insight.accountId, 'Account');
  return { [I.account]: account, [I.accountKey]: account, [I.data]: encodeAccountInsight({ ...insight, accountId: account }), [I.modelAsOf]: new Date(insight.modelAsOf).toISOString() };
}

/** A row's length as CSV: every value quoted, quotes doubled, commas and a line end. */
function csvChars(row: Record<string, string>): number {
  let n = 1;
  for (const v of Object.values(row)) n += v.length + 3 + (v.match(/"/g)?.length ?? 0);
  return n;
}

/** A refused row as the admin reads it: the account, the field Salesforce names (else the data), why. */
function insightFailure(f: BulkFailure): InsightFailure {
  return { accountId: f.row[I.accountKey] ?? f.row[I.account] ?? '', field: f.fields[0] ?? I.data, errorCode: f.errorCode, message: f.message };
}
