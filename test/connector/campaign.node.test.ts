/**
 * Campaigns in Salesforce (issue 16): the connector creates a Campaign and a member per contact of
 * each ranked account, with the engine's figures on the package's fields; a second run adds nobody;
 * the primary contact or all, as the engine settings say; accounts with no contact are reported.
 */
import { describe, expect, it } from 'vitest';
import { createSalesforceConnector, PACKAGE_OBJECTS, type CampaignAccount, type ConnectorOptions } from '../../connector/index.js';
import { FAKE_INSTANCE_URL, seedContacts } from '../../fake-org/index.js';
import { useFakeOrg } from '../support/useFakeOrg.js';

const fake = useFakeOrg();
const M = PACKAGE_OBJECTS.campaignMember;

/** A connector of the manager (a Marketing User with OO_Manager). */
function manager(options: Partial<ConnectorOptions> = {}) {
  return createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: fake.org.issueSession(fake.users.manager), retry: { sleep: async () => {} }, ...options, bulk: { pollIntervalMs: 1, ...options.bulk } });
}

/** `n` new accounts, ranked: propensity falling with the index. */
function accounts(n: number, prefix = 'Camp'): CampaignAccount[] {
  return Array.from({ length: n }, (_, i) => ({
    accountId: fake.org.store.create('Account', { Name: `${prefix} ${i}` }).Id,
    productId: `P${i % 7}`,
    propensity: 0.5 - i / (4 * n),
    expectedValue: 20 - i / n,
    kind: i % 3 === 0 ? 'up-sell' : 'cross-sell',
    message: `Dear customer ${i}, try P${i % 7}.`,
  }));
}

const setting = (contacts: 'Primary' | 'All') => fake.org.store.create('OO_EngineSetting__mdt', { DeveloperName: 'Default', MasterLabel: 'Default', OO_CampaignContacts__c: contacts });
const members = () => [...fake.org.store.records('CampaignMember')];

describe('createCampaign', () => {
  it('creates a campaign of 1,000 members once; a second run adds none; accounts with no contact are reported', async () => {
    const ranked = accounts(1005);
    const contacts = new Map<string, string>();
    for (const a of ranked.slice(0, 1000)) contacts.set(a.accountId, fake.org.store.create('Contact', { AccountId: a.accountId, LastName: `Buyer of ${a.accountId}` }).Id);
    const before = fake.org.requests.length;
    const first = await manager().createCampaign({ key: 'promo-spring-2026', name: 'Spring promotion', accounts: ranked });
    expect(first).toMatchObject({ newCampaign: true, contacts: 'Primary', added: 1000, alreadyMembers: 0, failed: [] });
    expect(first.accountsWithoutContact).toEqual(ranked.slice(1000).map((a) => a.accountId));
    // Seven requests: the setting and the campaign (one Composite read), the Campaign written, the contacts and primary
    // roles of 1,005 accounts (12 queries of 200 accounts: three Composite reads), the campaign's members, and one
    // Composite request of 5 collections of 200 writing them.
    const made = fake.org.requests.slice(before).map((r) => `${r.method} ${r.path.split('?')[0]}`);
    expect(made).toEqual(['POST /composite', 'POST /sobjects/Campaign', 'POST /composite', 'POST /composite', 'POST /composite', 'GET /query', 'POST /composite']);
    expect(members()).toHaveLength(1000);
    const tenth = members().find((m) => m.ContactId === contacts.get(ranked[10]!.accountId))!;
    expect(tenth).toMatchObject({ CampaignId: first.campaignId, [M.propensity]: Math.round(ranked[10]!.propensity * 10_000) / 100, [M.kind]: 'cross-sell', [M.message]: 'Dear customer 10, try P3.', [M.productId]: 'P3', [M.memberKey]: `promo-spring-2026-${tenth.ContactId}` });
    expect(fake.org.store.get(first.campaignId)).toMatchObject({ Name: 'Spring promotion', IsActive: true, OO_CampaignKey__c: 'promo-spring-2026' });

    const second = await manager().createCampaign({ key: 'promo-spring-2026', name: 'Spring promotion', accounts: ranked });
    expect(second).toMatchObject({ campaignId: first.campaignId, newCampaign: false, added: 0, alreadyMembers: 1000, failed: [] });
    expect(members()).toHaveLength(1000);
    expect([...fake.org.store.records('Campaign')]).toHaveLength(1);
  }, 60_000);

  it('adds each account’s primary contact (its primary role, else its earliest contact), or all its contacts when the setting says All', async () => {
    const ranked = accounts(6, 'Prim');
    const contacts = seedContacts(fake.org.store, ranked.map((a) => a.accountId));
    const primary = await manager().createCampaign({ key: 'primary', name: 'Primary only', accounts: ranked });
    expect(primary.added).toBe(6);
    const chosen = (campaignId: string) => new Set(members().filter((m) => m.CampaignId === campaignId).map((m) => m.ContactId));
    // seedContacts gives 1, 2, 3, 1, 2, 3 contacts and the primary role to the second where there are several.
    expect(chosen(primary.campaignId)).toEqual(new Set(ranked.map((a) => { const ids = contacts.get(a.accountId)!; return ids.length > 1 ? ids[1] : ids[0]; })));
    // An account whose role names nobody primary: its earliest contact.
    fake.org.store.update('AccountContactRole', [...fake.org.store.records('AccountContactRole')][0]!.Id, { IsPrimary: false });
    const earliest = await manager().createCampaign({ key: 'earliest', name: 'Earliest', accounts: ranked.slice(1, 2) });
    expect(chosen(earliest.campaignId)).toEqual(new Set([contacts.get(ranked[1]!.accountId)![0]]));

    setting('All');
    const all = await manager().createCampaign({ key: 'all', name: 'Everyone', accounts: ranked });
    expect(all).toMatchObject({ contacts: 'All', added: 12 });
    expect(chosen(all.campaignId)).toEqual(new Set([...contacts.values()].flat()));
  });

  it('writes a long list with a Bulk API 2.0 job, as idempotent', async () => {
    const ranked = accounts(30, 'Bulk');
    seedContacts(fake.org.store, ranked.map((a) => a.accountId));
    setting('All');
    const before = fake.org.requests.length;
    const first = await manager({ campaignBulkThreshold: 10 }).createCampaign({ key: 'bulk', name: 'Bulk one', accounts: ranked });
    expect(first).toMatchObject({ added: 60, failed: [] });
    expect(fake.org.requests.slice(before).some((r) => /^\/jobs\/ingest/.test(r.path))).toBe(true);
    const second = await manager({ campaignBulkThreshold: 10 }).createCampaign({ key: 'bulk', name: 'Bulk one', accounts: ranked });
    expect(second).toMatchObject({ added: 0, alreadyMembers: 60 });
    expect(members()).toHaveLength(60);
  });

  it('reports each member the org refuses by account, contact and field, and writes the others', async () => {
    const ranked = accounts(3, 'Refused');
    const contacts = seedContacts(fake.org.store, ranked.map((a) => a.accountId));
    const refusedContact = contacts.get(ranked[1]!.accountId)![1]!;
    fake.org.store.validationRules.push((object, r) => (object === 'CampaignMember' && r.ContactId === refusedContact ? 'This contact is on the do-not-mail list' : null));
    const result = await manager().createCampaign({ key: 'refused', name: 'Some refused', accounts: ranked });
    expect(result.added).toBe(2);
    expect(result.failed).toEqual([{ accountId: ranked[1]!.accountId, contactId: refusedContact, field: '', errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'This contact is on the do-not-mail list' }]);
  });

  it('reads the names of the ranked accounts (15- or 18-character ids), 200 a query', async () => {
    const ranked = accounts(450, 'Named');
    // The first account twice, as 15 and 18 characters: read once.
    const names = await manager().loadAccountNames([...ranked.map((a) => a.accountId.slice(0, 15)), ranked[0]!.accountId]);
    expect(names.size).toBe(450);
    expect(names.get(ranked[449]!.accountId)).toBe('Named 449');
  });

  it('refuses a rep (no access to campaigns) and a key too long, naming the field', async () => {
    const ranked = accounts(1, 'Rep');
    const rep = createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: fake.org.issueSession(fake.users.rep), retry: { sleep: async () => {} } });
    await expect(rep.createCampaign({ key: 'rep', name: 'Rep campaign', accounts: ranked })).rejects.toMatchObject({ name: 'ConnectorError' });
    expect([...fake.org.store.records('Campaign')]).toHaveLength(0);
    await expect(manager().createCampaign({ key: 'k'.repeat(61), name: 'Too long', accounts: ranked })).rejects.toMatchObject({ code: 'INVALID_CAMPAIGN', details: { field: 'OO_CampaignKey__c' } });
  });
});
