import { checkCompositeLimits, COMPOSITE_LIMITS } from './compositeLimits.js';
import { ConnectorError } from './ConnectorError.js';
import type { OrgClient } from './orgClient.js';
import type { OutcomeUpdate } from './outcomesChanges.js';

/**
 * Above this many changed records the outcome step writes them with Bulk API 2.0 jobs (one per
 * object) rather than Composite requests: a Composite request carries 5 sObject Collections of 200,
 * so 10,000 records are 10 requests of the org's daily API allowance, while a Bulk job costs a
 * fixed wait (queued, then polled) that pays off only beyond that.
 */
export const OUTCOME_BULK_THRESHOLD = 10_000;

/** A record Salesforce did not update: the object, the record, the field it names (if any) and why. */
export interface OutcomeFailure {
  object: string;
  id: string;
  field: string | null;
  errorCode: string;
  message: string;
}

/** What writing the outcomes did. */
export interface WrittenOutcomes {
  updated: number;
  failed: OutcomeFailure[];
  /** How: `composite` (sObject Collections in Composite requests), `bulk` (Bulk API 2.0), `none` (nothing changed). */
  via: 'composite' | 'bulk' | 'none';
}

/**
 * Updates the changed outcome fields: up to `bulkThreshold` records by Composite requests, each of
 * at most 5 sObject Collections (`PATCH composite/sobjects`) of at most 200 records, not all-or-none
 * (a refused record is reported, the others written); beyond it by one Bulk API 2.0 upsert on `Id`
 * per object. No update, no request.
 */
export async function writeOutcomes(client: OrgClient, updates: readonly OutcomeUpdate[], bulkThreshold = OUTCOME_BULK_THRESHOLD): Promise<WrittenOutcomes> {
  if (updates.length === 0) return { updated: 0, failed: [], via: 'none' };
  if (updates.length > bulkThreshold) return writeByBulk(client, updates);
  const perRequest = COMPOSITE_LIMITS.queriesOrCollections * COMPOSITE_LIMITS.recordsPerCollection;
  const out: WrittenOutcomes = { updated: 0, failed: [], via: 'composite' };
  for (let i = 0; i < updates.length; i += perRequest) {
    const chunk = updates.slice(i, i + perRequest);
    const collections: OutcomeUpdate[][] = [];
    for (let j = 0; j < chunk.length; j += COMPOSITE_LIMITS.recordsPerCollection) collections.push(chunk.slice(j, j + COMPOSITE_LIMITS.recordsPerCollection));
    const compositeRequest = collections.map((records, k) => ({
      method: 'PATCH',
      url: `/services/data/v${client.version}/composite/sobjects`,
      referenceId: `outcomes${k}`,
      body: { allOrNone: false, records: records.map((u) => ({ attributes: { type: u.object }, id: u.id, ...u.fields })) },
    }));
    checkCompositeLimits(compositeRequest);
    const answer = await client.call<{ compositeResponse?: { body: unknown; httpStatusCode: number }[] }>('POST', '/composite', { allOrNone: false, compositeRequest });
    collections.forEach((records, k) => readCollection(answer.compositeResponse?.[k], records, out));
  }
  return out;
}

type SaveResult = { success?: boolean; errors?: { statusCode?: string; errorCode?: string; message?: string; fields?: string[] }[] };

/** One collection's answer: each record updated or refused (by object, id and field). */
function readCollection(answer: { body: unknown; httpStatusCode: number } | undefined, records: readonly OutcomeUpdate[], out: WrittenOutcomes): void {
  if (!answer) throw new ConnectorError('BAD_RESPONSE', `Salesforce answered the outcomes' Composite request without a result for ${records.length} records`, { record: records[0]?.object });
  const results: SaveResult[] = answer.httpStatusCode >= 400 ? records.map(() => ({ success: false, errors: answer.body as SaveResult['errors'] })) : (answer.body as SaveResult[]);
  records.forEach((u, i) => {
    const r = results[i];
    if (r?.success) return void out.updated++;
    const e = r?.errors?.[0] ?? {};
    out.failed.push({ object: u.object, id: u.id, field: e.fields?.[0] ?? null, errorCode: e.statusCode ?? e.errorCode ?? 'UNKNOWN_ERROR', message: e.message ?? 'not updated' });
  });
}

/** One Bulk API 2.0 upsert on `Id` per object (an update: every Id exists), failures by record. */
async function writeByBulk(client: OrgClient, updates: readonly OutcomeUpdate[]): Promise<WrittenOutcomes> {
  const out: WrittenOutcomes = { updated: 0, failed: [], via: 'bulk' };
  const byObject = new Map<string, Record<string, string>[]>();
  for (const u of updates) {
    const rows = byObject.get(u.object) ?? [];
    rows.push({ Id: u.id, ...Object.fromEntries(Object.entries(u.fields).map(([k, v]) => [k, String(v)])) });
    byObject.set(u.object, rows);
  }
  for (const [object, rows] of byObject) {
    // A Bulk CSV has one header: rows of one job must name the same fields, so each field set is its own job.
    for (const group of groupByFields(rows)) {
      const result = await client.bulk.upsert(object, 'Id', group);
      out.updated += result.created + result.updated;
      for (const f of result.failed) out.failed.push({ object, id: f.row.Id ?? '', field: f.fields[0] ?? null, errorCode: f.errorCode, message: f.message });
    }
  }
  return out;
}

function groupByFields(rows: Record<string, string>[]): Record<string, string>[][] {
  const groups = new Map<string, Record<string, string>[]>();
  for (const r of rows) {
    const key = Object.keys(r).sort().join(',');
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()];
}
