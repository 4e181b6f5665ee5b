import { campaignContacts } from './campaignContacts.js';
import type { CampaignAccount, CampaignContacts, CampaignToCreate, CreatedCampaign } from './CampaignToCreate.js';
import { ConnectorError } from './ConnectorError.js';
import type { OrgClient } from './orgClient.js';
import { ENGINE_SETTING_RECORD, PACKAGE_OBJECTS } from './packageSchema.js';
import { salesforceId18 } from './salesforceId18.js';
import { soql, soqlName } from './soql.js';
import { writeMembersByBulk, writeMembersByComposite, type MemberToWrite } from './writeCampaignMembers.js';

const { campaign: C, campaignMember: M, engineSetting: S } = PACKAGE_OBJECTS;

/** Above this many new members, one Bulk API 2.0 job writes them rather than Composite requests of 1,000 (ten requests). */
export const BULK_MEMBER_THRESHOLD = 10_000;
/** Long text areas hold at most this many characters (`OO_Message__c`). */
const LONG_TEXT = 32_768;

/**
 * `SalesforcePort.createCampaign`: the Campaign with this key (found, else created: Name, active,
 * Planned) and a member per contact of each account (`OO_CampaignContacts__c`: the primary contact,
 * or all), with the account's propensity, expected value, kind, message and product. Contacts
 * already members are left as they are, so a second run adds nobody; the unique `OO_MemberKey__c`
 * refuses a concurrent run's duplicates. Accounts with no contact are listed, not dropped.
 */
export async function createCampaign(client: OrgClient, campaign: CampaignToCreate, bulkThreshold = BULK_MEMBER_THRESHOLD): Promise<CreatedCampaign> {
  checkCampaign(campaign);
  const [which, found] = await readSettingAndCampaign(client, campaign.key);
  const campaignId = found ?? (await insertCampaign(client, campaign));
  const accounts = new Map<string, CampaignAccount>();
  for (const a of campaign.accounts) accounts.set(salesforceId18(a.accountId, 'Account'), a);
  const contacts = accounts.size ? await campaignContacts(client, [...accounts.keys()], which) : new Map<string, string[]>();
  const existing = new Set((await client.query<{ ContactId: string | null }>(soql`SELECT ContactId FROM ${soqlName(M.object)} WHERE CampaignId = ${campaignId}`)).map((m) => m.ContactId));
  const members: MemberToWrite[] = [];
  let alreadyMembers = 0;
  for (const [accountId, account] of accounts) {
    for (const contactId of contacts.get(accountId) ?? []) {
      if (existing.has(contactId)) alreadyMembers++;
      else members.push({ accountId, contactId, record: memberRecord(campaign.key, campaignId, contactId, account) });
    }
  }
  const written = members.length > bulkThreshold ? await writeMembersByBulk(client, members) : await writeMembersByComposite(client, members);
  return {
    campaignId,
    newCampaign: !found,
    contacts: which,
    added: written.added,
    alreadyMembers: alreadyMembers + written.alreadyMembers,
    accountsWithoutContact: [...accounts.keys()].filter((a) => !contacts.has(a)),
    failed: written.failed,
  };
}

function checkCampaign(c: CampaignToCreate): void {
  if (!c.key.trim() || c.key.length > 60) throw new ConnectorError('INVALID_CAMPAIGN', `Campaign key '${c.key}' must be 1 to 60 characters (${C.campaignKey})`, { record: c.key, field: C.campaignKey });
  if (!c.name.trim() || c.name.length > 80) throw new ConnectorError('INVALID_CAMPAIGN', `Campaign name '${c.name}' must be 1 to 80 characters`, { record: c.key, field: 'Name' });
}

/** The contacts setting and the campaign with this key, if any, in one Composite request. */
async function readSettingAndCampaign(client: OrgClient, key: string): Promise<[CampaignContacts, string | null]> {
  const answer = await client.read([
    { referenceId: 'setting', query: soql`SELECT ${soqlName(S.campaignContacts)} FROM ${soqlName(S.object)} WHERE DeveloperName = ${ENGINE_SETTING_RECORD} LIMIT 1` },
    { referenceId: 'campaign', query: soql`SELECT Id FROM ${soqlName(C.object)} WHERE ${soqlName(C.campaignKey)} = ${key} LIMIT 1` },
  ]);
  const [setting] = await answer.records<Record<string, unknown>>('setting');
  const [campaign] = await answer.records<{ Id: string }>('campaign');
  return [setting?.[S.campaignContacts] === 'All' ? 'All' : 'Primary', campaign?.Id ?? null];
}

/** Creates the Campaign; when a concurrent run created it first (its unique key refused this one), that one. */
async function insertCampaign(client: OrgClient, c: CampaignToCreate): Promise<string> {
  const record = { Name: c.name, IsActive: true, Status: 'Planned', [C.campaignKey]: c.key, ...(c.description ? { Description: c.description.slice(0, 32_000) } : {}) };
  try {
    return (await client.call<{ id: string }>('POST', `/sobjects/${C.object}`, record)).id;
  } catch (e) {
    const [again] = await client.query<{ Id: string }>(soql`SELECT Id FROM ${soqlName(C.object)} WHERE ${soqlName(C.campaignKey)} = ${c.key} LIMIT 1`).catch(() => []);
    if (again) return again.Id;
    throw e;
  }
}

/** A member's record: its campaign and contact, the package's fields, its key. */
function memberRecord(key: string, campaignId: string, contactId: string, a: CampaignAccount): Record<string, string | number> {
  return {
    CampaignId: campaignId,
    ContactId: contactId,
    [M.propensity]: Math.round(a.propensity * 10_000) / 100,
    [M.expectedValue]: Math.round(a.expectedValue * 100) / 100,
    [M.kind]: a.kind,
    [M.message]: a.message.slice(0, LONG_TEXT),
    [M.productId]: a.productId.slice(0, 80),
    [M.memberKey]: `${key}-${contactId}`,
  };
}
