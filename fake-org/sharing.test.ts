import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiCaller, queryPath } from './apiCaller.js';
import { FakeOrg, type FakeOrgOptions } from './FakeOrg.js';
import type { PermissionSet } from './PermissionSet.js';
import { permissionSetsFromManifest } from './permissionSetsFromManifest.js';
import { seedOrg, seedUsers, smallSeed } from './seed/index.js';
import { DEFAULT_SHARING } from './UserAccess.js';

const manifestSets = permissionSetsFromManifest();

function setup(options: FakeOrgOptions = {}) {
  const org = new FakeOrg({ ...options, permissionSets: [...manifestSets, ...(options.permissionSets ?? [])] });
  const ids = seedOrg(org.store, smallSeed());
  const users = seedUsers(org);
  const call = apiCaller(org);
  const as = (userId: string) => {
    const token = org.issueSession(userId);
    return {
      get: (path: string) => call('GET', path, undefined, token),
      post: (path: string, body: unknown) => call('POST', path, body, token),
      patch: (path: string, body: unknown) => call('PATCH', path, body, token),
      ids: async (soql: string) => ((await call('GET', queryPath(soql), undefined, token)).body.records as { Id: string }[]).map((r) => r.Id),
    };
  };
  /** A proposal with one line, written by `userId` through the API. */
  const propose = async (userId: string, key: string) => {
    const api = as(userId);
    const proposal = await api.post('/sobjects/OO_Proposal__c', { OO_ExternalId__c: key, OO_Account__c: ids.accounts.get('12347'), OO_Status__c: 'accepted' });
    expect(proposal.status).toBe(201);
    const line = await api.post('/sobjects/OO_ProposalLine__c', { OO_Proposal__c: proposal.body.id, OO_Product__c: ids.products.get('85099B'), OO_Kind__c: 'habitual', OO_Outcome__c: 'accepted' });
    expect(line.status).toBe(201);
    return { proposal: proposal.body.id as string, line: line.body.id as string };
  };
  return { org, ids, users, as, propose };
}

describe('sharing: the proposal log is private', () => {
  it('a rep sees its own proposals and their lines, not another rep’s; a manager (View All) sees all', async () => {
    const { users, as, propose } = setup();
    const mine = await propose(users.rep, 'p-rita');
    const theirs = await propose(users.otherRep, 'p-omar');
    const rep = as(users.rep);
    expect(await rep.ids('SELECT Id FROM OO_Proposal__c')).toEqual([mine.proposal]);
    expect(await rep.ids('SELECT Id FROM OO_ProposalLine__c')).toEqual([mine.line]);
    expect((await rep.get(`/sobjects/OO_Proposal__c/${theirs.proposal}`)).body).toEqual([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    const manager = as(users.manager);
    expect(await manager.ids('SELECT Id FROM OO_Proposal__c')).toEqual([mine.proposal, theirs.proposal]);
    expect(await manager.ids('SELECT Id FROM OO_ProposalLine__c')).toEqual([mine.line, theirs.line]);
    const counted = await manager.get(queryPath('SELECT COUNT() FROM OO_Proposal__c'));
    expect(counted.body.totalSize).toBe(2);
    expect((await rep.get(queryPath('SELECT COUNT() FROM OO_Proposal__c'))).body.totalSize).toBe(1);
  });

  it('refuses a write to a proposal the user cannot edit, and a line under another rep’s proposal', async () => {
    const { ids, users, as, propose } = setup();
    const theirs = await propose(users.otherRep, 'p-omar');
    const refused = { errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: `insufficient access rights on object id: ${theirs.proposal}`, fields: [] };
    expect(await as(users.rep).patch(`/sobjects/OO_Proposal__c/${theirs.proposal}`, { OO_Status__c: 'rejected' })).toEqual({ status: 400, body: [refused] });
    expect((await as(users.manager).patch(`/sobjects/OO_Proposal__c/${theirs.proposal}`, { OO_Status__c: 'rejected' })).body[0].errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    const line = await as(users.rep).post('/sobjects/OO_ProposalLine__c', { OO_Proposal__c: theirs.proposal, OO_Product__c: ids.products.get('85099B'), OO_Kind__c: 'habitual', OO_Outcome__c: 'accepted' });
    expect(line).toEqual({ status: 400, body: [{ errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', message: `insufficient access rights on cross-reference id: ${theirs.proposal}`, fields: ['OO_Proposal__c'] }] });
  });

  it('a manager (read only) may not create proposals; an object without read is unknown to the user', async () => {
    const { ids, users, as } = setup();
    const manager = as(users.manager);
    expect((await manager.post('/sobjects/OO_Proposal__c', { OO_ExternalId__c: 'm', OO_Account__c: ids.accounts.get('12347'), OO_Status__c: 'accepted' })).body[0].errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    const none = setup({ permissionSets: [{ name: 'Nothing', objects: {}, customPermissions: [], customMetadataTypes: [], userPermissions: ['ApiEnabled'] }] });
    const nobody = none.org.createUser({ name: 'Nobody', permissionSets: ['Nothing'] });
    expect((await none.as(nobody).get(queryPath('SELECT Id FROM Account'))).body[0].errorCode).toBe('INVALID_TYPE');
    expect((await none.as(nobody).get('/sobjects/Account/describe')).status).toBe(404);
  });
});

describe('sharing: accounts', () => {
  it('Public Read/Write by default; Private: the owner sees its accounts, a parent it cannot see reads as null', async () => {
    const open = setup();
    expect(await open.as(open.users.rep).ids('SELECT Id FROM Account')).toHaveLength(3);
    const closed = setup({ sharing: { Account: 'Private' } });
    const acme = closed.ids.accounts.get('12347')!;
    closed.org.store.update('Account', acme, { OwnerId: closed.users.rep });
    const rep = closed.as(closed.users.rep);
    expect(await rep.ids('SELECT Id FROM Account')).toEqual([acme]);
    expect(await closed.as(closed.users.otherRep).ids('SELECT Id FROM Account')).toEqual([]);
    const orders = (await rep.get(queryPath('SELECT Id, Account.Name FROM Order'))).body.records as { Account: { Name: string } | null }[];
    expect(orders.filter((o) => o.Account).every((o) => o.Account!.Name === 'Acme Gifts Ltd')).toBe(true);
    expect(orders.some((o) => o.Account === null)).toBe(true);
    // A proposal on an account the rep cannot see: refused, naming the field.
    const hidden = closed.ids.accounts.get('12348')!;
    const refused = await rep.post('/sobjects/OO_Proposal__c', { OO_ExternalId__c: 'h', OO_Account__c: hidden, OO_Status__c: 'accepted' });
    expect(refused.body).toEqual([{ errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', message: `insufficient access rights on cross-reference id: ${hidden}`, fields: ['OO_Account__c'] }]);
  });
});

describe('Opportunity line items need Edit on the Opportunity', () => {
  const set = (edit: boolean): PermissionSet => ({
    name: edit ? 'CanEdit' : 'CannotEdit',
    objects: { Opportunity: { read: true, create: true, edit, delete: false, viewAll: false, modifyAll: false }, Pricebook2: { read: true, create: false, edit: false, delete: false, viewAll: false, modifyAll: false } },
    customPermissions: [],
    customMetadataTypes: [],
    userPermissions: ['ApiEnabled'],
  });

  it('refuses the line item with INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY without it, creates it with it', async () => {
    const { org, ids, as } = setup({ permissionSets: [set(false), set(true)] });
    for (const [name, expected] of [['CannotEdit', 400], ['CanEdit', 201]] as const) {
      const api = as(org.createUser({ name, permissionSets: [name] }));
      const opportunity = await api.post('/sobjects/Opportunity', { Name: 'O', StageName: 'Prospecting', CloseDate: '2011-09-30', Pricebook2Id: ids.standardPricebook });
      expect(opportunity.status).toBe(201);
      const line = await api.post('/sobjects/OpportunityLineItem', { OpportunityId: opportunity.body.id, PricebookEntryId: ids.entries.get('85099B'), Quantity: 1, UnitPrice: 2 });
      expect(line.status).toBe(expected);
      if (expected === 400) expect(line.body[0]).toMatchObject({ errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', fields: ['OpportunityId'] });
    }
  });

  it('the package’s OO_Rep grants it: a rep accepts a proposal as an Opportunity with lines', async () => {
    const { ids, users, as } = setup();
    const rep = as(users.rep);
    const opportunity = await rep.post('/sobjects/Opportunity', { Name: 'O', StageName: 'Prospecting', CloseDate: '2011-09-30', AccountId: ids.accounts.get('12347'), Pricebook2Id: ids.standardPricebook });
    const line = await rep.post('/sobjects/OpportunityLineItem', { OpportunityId: opportunity.body.id, PricebookEntryId: ids.entries.get('85099B'), Quantity: 1, UnitPrice: 2 });
    expect(line.status).toBe(201);
  });
});

describe('organization-wide defaults come from the package', () => {
  it('match each custom object’s sharingModel in manifest/ (Public Read/Write when it sets none)', () => {
    const objects = new URL('../manifest/force-app/main/default/objects/', import.meta.url);
    for (const name of readdirSync(objects).filter((n) => n.endsWith('__c'))) {
      const xml = readFileSync(new URL(`${name}/${name}.object-meta.xml`, objects), 'utf8');
      const model = /<sharingModel>(\w+)<\/sharingModel>/.exec(xml)?.[1] ?? 'ReadWrite';
      expect(DEFAULT_SHARING[name] ?? 'ReadWrite', name).toBe(model);
    }
  });

  it('promotions are read only to reps (Public Read Only), edited by the promotions admin', async () => {
    const { org, users, as } = setup();
    const promotion = org.store.create('OO_Promotion__c', { Name: 'Summer', OO_DiscountPercent__c: 10, OO_ValidFrom__c: '2011-06-01', OO_ValidTo__c: '2011-08-31' }).Id;
    const admin = org.createUser({ name: 'Promo Admin', permissionSets: ['OO_Admin', 'OO_Rep'] });
    expect((await as(users.rep).ids('SELECT Id FROM OO_Promotion__c'))).toEqual([promotion]);
    expect((await as(users.rep).patch(`/sobjects/OO_Promotion__c/${promotion}`, { OO_DiscountPercent__c: 50 })).body[0].errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    expect((await as(admin).patch(`/sobjects/OO_Promotion__c/${promotion}`, { OO_DiscountPercent__c: 15 })).status).toBe(204);
  });
});

describe('API access', () => {
  it('refuses every API request of a user without API Enabled (403 API_CURRENTLY_DISABLED); the package’s reps and managers have it', async () => {
    const { org, users, as } = setup({ permissionSets: [{ name: 'NoApi', objects: { Account: { read: true, create: false, edit: false, delete: false, viewAll: false, modifyAll: false } }, customPermissions: [], customMetadataTypes: [], userPermissions: [] }] });
    const noApi = org.createUser({ name: 'Browser Only', permissionSets: ['NoApi'] });
    expect(await as(noApi).get(queryPath('SELECT Id FROM Account'))).toEqual({ status: 403, body: [{ errorCode: 'API_CURRENTLY_DISABLED', message: 'API is disabled for this User' }] });
    for (const user of [users.rep, users.manager]) expect((await as(user).get(queryPath('SELECT Id FROM Account'))).status).toBe(200);
  });
});

describe('permission sets come from the package', () => {
  it('reads object permissions, custom permissions and metadata type access from manifest/', () => {
    const byName = new Map(manifestSets.map((s) => [s.name, s]));
    expect([...byName.keys()]).toEqual(['OO_Admin', 'OO_Integration', 'OO_Manager', 'OO_Rep']);
    expect(byName.get('OO_Manager')!.objects.OO_Proposal__c).toMatchObject({ read: true, viewAll: true, edit: false });
    expect(byName.get('OO_Manager')!.customPermissions).toContain('OO_ManagerView');
    expect(byName.get('OO_Rep')!.objects.OO_Proposal__c).toMatchObject({ viewAll: false });
    const { org, users } = setup();
    expect(org.accessOf(users.manager).hasCustomPermission('OO_ManagerView')).toBe(true);
    expect(org.accessOf(users.rep).hasCustomPermission('OO_ManagerView')).toBe(false);
    expect(() => org.createUser({ name: 'X', permissionSets: ['OO_Typo'] })).toThrow(/no permission set OO_Typo/);
  });
});
