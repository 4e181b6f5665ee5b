import { describe, expect, it } from 'vitest';
import { apiCaller, queryPath } from './apiCaller.js';
import { FakeOrg } from './FakeOrg.js';
import { permissionSetsFromManifest } from './permissionSetsFromManifest.js';
import { seedOrg, seedUsers, smallSeed } from './seed/index.js';

function setup() {
  const org = new FakeOrg({ permissionSets: permissionSetsFromManifest() });
  const ids = seedOrg(org.store, smallSeed());
  const users = seedUsers(org);
  const account = [...ids.accounts.values()][0]!;
  const contact = org.store.create('Contact', { AccountId: account, FirstName: 'Ana', LastName: 'Ruiz', Email: 'ana@example.test' }).Id;
  const call = apiCaller(org);
  const as = (userId: string) => {
    const token = org.issueSession(userId);
    return { post: (path: string, body: unknown) => call('POST', path, body, token), query: (soql: string) => call('GET', queryPath(soql), undefined, token) };
  };
  return { org, users, account, contact, as };
}

describe('fake org: contacts, campaigns and campaign members as Salesforce keeps them', () => {
  it('requires a contact’s last name and a campaign’s name, and names the contact from its parts', () => {
    const { org, account, contact } = setup();
    expect(() => org.store.create('Contact', { AccountId: account, FirstName: 'No' })).toThrow(/Required fields are missing: \[LastName\]/);
    expect(() => org.store.create('Campaign', { IsActive: true })).toThrow(/Required fields are missing: \[Name\]/);
    expect(org.store.get(contact)!.Name).toBe('Ana Ruiz');
  });

  it('adds a contact to a campaign once: a second member is DUPLICATE_VALUE; a member names a contact or a lead', () => {
    const { org, contact } = setup();
    const campaign = org.store.create('Campaign', { Name: 'Spring', IsActive: true }).Id;
    const member = org.store.create('CampaignMember', { CampaignId: campaign, ContactId: contact });
    expect(member.Status).toBe('Sent');
    expect(() => org.store.create('CampaignMember', { CampaignId: campaign, ContactId: contact })).toThrow(expect.objectContaining({ errorCode: 'DUPLICATE_VALUE', message: 'Already a campaign member.' }));
    expect(() => org.store.create('CampaignMember', { CampaignId: campaign })).toThrow(expect.objectContaining({ errorCode: 'REQUIRED_FIELD_MISSING' }));
    // Another campaign may have the same contact.
    const other = org.store.create('Campaign', { Name: 'Summer' }).Id;
    expect(org.store.create('CampaignMember', { CampaignId: other, ContactId: contact }).Id).toMatch(/^00v/);
  });

  it('lets a manager who is a Marketing User create a campaign and its members; a rep may not, and neither may a manager without the checkbox', async () => {
    const { org, users, contact, as } = setup();
    const created = await as(users.manager).post('/sobjects/Campaign', { Name: 'Spring push', IsActive: true, OO_CampaignKey__c: 'spring' });
    expect(created.status).toBe(201);
    const member = await as(users.manager).post('/sobjects/CampaignMember', { CampaignId: created.body.id, ContactId: contact, OO_Propensity__c: 12.5, OO_Kind__c: 'cross-sell' });
    expect(member.status).toBe(201);
    // A rep cannot even read campaigns: the object does not exist for it.
    expect((await as(users.rep).post('/sobjects/Campaign', { Name: 'Rep push' })).body[0].errorCode).toBe('NOT_FOUND');
    const plainManager = org.createUser({ name: 'Pat Manager', permissionSets: ['OO_Manager'] });
    expect((await as(plainManager).post('/sobjects/Campaign', { Name: 'No checkbox' })).body[0].errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    expect((await as(users.manager).post('/sobjects/CampaignMember', { CampaignId: created.body.id, ContactId: contact, OO_Kind__c: 'sideways' })).body[0].errorCode).toBe('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
  });

  it('shows a member only to who sees both its campaign and its contact', async () => {
    const { org, users, contact, as } = setup();
    const campaign = org.store.create('Campaign', { Name: 'Private one' }).Id;
    const member = org.store.create('CampaignMember', { CampaignId: campaign, ContactId: contact }).Id;
    const rows = async (userId: string) => ((await as(userId).query('SELECT Id FROM CampaignMember')).body.records as { Id: string }[]).map((r) => r.Id);
    expect(await rows(users.manager)).toEqual([member]);
    org.sharing.Campaign = 'Private';
    expect(await rows(users.manager)).toEqual([]);
    org.sharing.Campaign = 'ReadWrite';
    org.sharing.Contact = 'Private';
    expect(await rows(users.manager)).toEqual([]);
  });
});
