import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_INSTANCE_URL, FakeOrg, fakeOrgHandlers, permissionSetsFromManifest, seedContacts, seedOrg, seedUsers, smallSeed } from '../../fake-org/index.js';
import { runCommand as cli } from '../support/runCommand.js';

const org = new FakeOrg({ permissionSets: permissionSetsFromManifest() });
const ids = seedOrg(org.store, smallSeed());
const users = seedUsers(org);
// Every account but the last has contacts.
const accounts = [...ids.accounts.values()];
seedContacts(org.store, accounts.slice(0, -1));
const server = setupServer(...fakeOrgHandlers(org));
const token = org.issueSession(users.manager);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const group = [...org.store.records('Product2')].map((p) => String(p.ProductCode))[0]!.replace(/[A-Z]+$/, '');
const args = ['campaign', '--org', FAKE_INSTANCE_URL, '--token', token, '--as-of', '2011-12-01', '--group', group, '--message'];

describe('optimal-order campaign --org', () => {
  it('ranks the org’s accounts and creates the Campaign with a member per ranked account’s primary contact; a second run adds none', async () => {
    const first = await cli(...args);
    expect(first.stderr).not.toContain(token);
    expect(first.code, first.stderr).toBe(0);
    const lines = first.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { customerId: string; message: string });
    expect(lines.length).toBeGreaterThan(0);
    const campaigns = [...org.store.records('Campaign')];
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0]!.OO_CampaignKey__c).toBe(`oo-group-${group}-2011-12-01`);
    const members = [...org.store.records('CampaignMember')];
    const withContacts = lines.filter((l) => l.customerId !== accounts.at(-1));
    expect(members).toHaveLength(withContacts.length);
    expect(first.stderr).toContain(`${withContacts.length} member${withContacts.length === 1 ? '' : 's'} added`);
    // Each member carries its account's message.
    const contactAccount = new Map([...org.store.records('Contact')].map((c) => [c.Id, c.AccountId]));
    for (const m of members) expect(m.OO_Message__c).toBe(lines.find((l) => l.customerId === contactAccount.get(String(m.ContactId)))!.message);
    if (lines.length > withContacts.length) expect(first.stderr).toContain(`without a contact, not added: ${accounts.at(-1)}`);

    const second = await cli(...args);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('(existing), 0 members added');
    expect([...org.store.records('CampaignMember')]).toHaveLength(members.length);
  });
});
