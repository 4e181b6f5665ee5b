import { COMPOSITE_LIMITS } from './compositeLimits.js';
import type { CampaignMemberFailure } from './CampaignToCreate.js';
import type { OrgClient } from './orgClient.js';
import { PACKAGE_OBJECTS } from './packageSchema.js';

const M = PACKAGE_OBJECTS.campaignMember;

/** A member to write: its record (package fields and keys) and, for reports, its account and contact. */
export interface MemberToWrite {
  accountId: string;
  contactId: string;
  record: Record<string, string | number>;
}

/** What writing members did: written, already there (a concurrent run got there first), refused. */
export interface MembersWritten {
  added: number;
  alreadyMembers: number;
  failed: CampaignMemberFailure[];
}

interface SaveResult {
  success?: boolean;
  errors?: { statusCode?: string; errorCode?: string; message?: string; fields?: string[] }[];
}

/**
 * Creates members in Composite requests of at most 5 sObject Collections of 200 (1,000 members a
 * request, Salesforce's limits), not all or none: one member refused is reported, the rest written.
 */
export async function writeMembersByComposite(client: OrgClient, members: readonly MemberToWrite[]): Promise<MembersWritten> {
  const per = COMPOSITE_LIMITS.recordsPerCollection;
  const perRequest = per * COMPOSITE_LIMITS.queriesOrCollections;
  const out: MembersWritten = { added: 0, alreadyMembers: 0, failed: [] };
  for (let start = 0; start < members.length; start += perRequest) {
    const batch = members.slice(start, start + perRequest);
    const compositeRequest = [];
    for (let i = 0; i < batch.length; i += per) {
      const records = batch.slice(i, i + per).map((m) => ({ attributes: { type: M.object }, ...m.record }));
      compositeRequest.push({ method: 'POST', url: `/services/data/v${client.version}/composite/sobjects`, referenceId: `members${i / per}`, body: { allOrNone: false, records } });
    }
    const answer = await client.call<{ compositeResponse?: { body: unknown; httpStatusCode: number }[] }>('POST', '/composite', { allOrNone: false, compositeRequest });
    (answer.compositeResponse ?? []).forEach((sub, c) => {
      const results: SaveResult[] = Array.isArray(sub.body) && sub.httpStatusCode < 400 ? (sub.body as SaveResult[]) : [];
      batch.slice(c * per, (c + 1) * per).forEach((m, i) => tally(out, m, sub.httpStatusCode < 400 ? results[i] : { success: false, errors: sub.body as SaveResult['errors'] }));
    });
  }
  return out;
}

/**
 * Upserts members on `OO_MemberKey__c` in one Bulk API 2.0 ingest job (for lists too long for
 * Composite requests): only members not in the campaign yet are sent, so the upsert only creates.
 */
export async function writeMembersByBulk(client: OrgClient, members: readonly MemberToWrite[]): Promise<MembersWritten> {
  const byKey = new Map(members.map((m) => [String(m.record[M.memberKey]), m]));
  const rows = members.map((m) => Object.fromEntries(Object.entries(m.record).map(([k, v]) => [k, String(v)])));
  const result = await client.bulk.upsert(M.object, M.memberKey, rows);
  const out: MembersWritten = { added: result.created + result.updated, alreadyMembers: 0, failed: [] };
  for (const f of result.failed) {
    const m = byKey.get(f.row[M.memberKey] ?? '') ?? { accountId: '', contactId: f.row.ContactId ?? '', record: {} };
    tally(out, m, { success: false, errors: [{ errorCode: f.errorCode, message: f.message, fields: f.fields }] });
  }
  return out;
}

/** Counts one member's result: a duplicate (the contact is a member already) is not a failure. */
function tally(out: MembersWritten, m: MemberToWrite, result: SaveResult | undefined): void {
  if (result?.success) return void out.added++;
  const e = result?.errors?.[0];
  const code = e?.statusCode ?? e?.errorCode ?? 'UNKNOWN_ERROR';
  if (code === 'DUPLICATE_VALUE') return void out.alreadyMembers++;
  out.failed.push({ accountId: m.accountId, contactId: m.contactId, field: e?.fields?.[0] ?? '', errorCode: code, message: e?.message ?? 'Salesforce gave no result for this member' });
}
