import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_INSTANCE_URL, FakeOrg, fakeOrgHandlers, restApi, seedOrg, smallSeed } from '../../fake-org/index.js';
import { runCommand as cli } from '../support/runCommand.js';
import { decodePreparedModel } from '../../engine/index.js';

const org = new FakeOrg();
const ids = seedOrg(org.store, smallSeed());
const server = setupServer(...fakeOrgHandlers(org));
/** A session the org issued (for its running user): the token every command here passes. */
const token = org.issueSession();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const acme = ids.accounts.get('12347')!;
const args = ['recommend', '--org', FAKE_INSTANCE_URL, '--account', acme, '--token', token, '--as-of', '2011-07-01'];

describe('optimal-order recommend --org', () => {
  it('prints the account’s optimal order from the org', async () => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(0);
    const order = JSON.parse(stdout);
    expect(order.customerId).toBe(acme);
    // ACME buys jumbo bags and cake stands in every order: both lead its habitual lines.
    expect(order.items.slice(0, 2).map((l: { productId: string }) => l.productId).sort()).toEqual(['22423', '85099B']);
    expect(stderr).not.toContain(token);
  });

  it('saves it back with --save under a random proposal id; a second accepted proposal that day is refused, a given id saves once', async () => {
    const first = await cli(...args, '--save');
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/saved: Opportunity 006\w+, proposal log a01\w+/);
    // The same account and day again, under a new random id: already accepted, nothing written, said by whom.
    const second = await cli(...args, '--save');
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/not saved: a proposal for this account was already accepted on 2011-07-01 by \S.* \(Opportunity 006\w+\)/);
    // Another day, another random id: saved.
    const nextDay = await cli(...args.slice(0, -1), '2011-07-02', '--save');
    expect(nextDay.stderr).toMatch(/saved: Opportunity 006\w+/);
    const ids = [...org.store.records('OO_Proposal__c')].map((r) => String(r.OO_ExternalId__c));
    // crypto-random, not made of the account and the day: two runs, two proposals.
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^cli-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids.join(' ')).not.toContain(acme);
    const opportunity = [...org.store.records('Opportunity')][0]!;
    // The Opportunity's name holds the account's (the engine settings' default pattern).
    expect(opportunity).toMatchObject({ Name: 'Acme Gifts Ltd – Optimal Order 2011-07-01', StageName: 'Prospecting', CloseDate: '2011-07-31' });
    expect([...org.store.records('OpportunityLineItem')].filter((r) => r.OpportunityId === opportunity.Id)).toHaveLength(JSON.parse(first.stdout).items.length);

    const given = [...args.slice(0, -1), '2011-07-03', '--save', '--proposal-id', 'given-0001'];
    await cli(...given);
    const again = await cli(...given);
    expect(again.stderr).toContain('already saved before');
    expect(org.store.count('Opportunity')).toBe(3);
  });

  it('retries a save whose answer was lost with the same id, and writes once', async () => {
    const before = org.store.count('Opportunity');
    let lost = false;
    // The write reaches the org, but its answer never comes back (a dropped connection).
    server.use(
      http.post(`${FAKE_INSTANCE_URL}/services/data/:version/composite`, async ({ request }) => {
        const body = (await request.clone().json()) as { allOrNone?: boolean };
        if (!body.allOrNone || lost) return undefined;
        lost = true;
        await restApi(org)(request);
        return HttpResponse.error();
      }),
    );
    const run = await cli(...args.slice(0, -1), '2011-07-04', '--save');
    server.resetHandlers(...fakeOrgHandlers(org));
    expect(lost).toBe(true);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('already saved before');
    expect(org.store.count('Opportunity')).toBe(before + 1);
  });

  it('asks for what is missing: a token, an account it knows', async () => {
    const saved = process.env.SF_ACCESS_TOKEN;
    delete process.env.SF_ACCESS_TOKEN;
    const noToken = await cli('recommend', '--org', FAKE_INSTANCE_URL, '--account', acme);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('--org needs an access token');
    if (saved !== undefined) process.env.SF_ACCESS_TOKEN = saved;
    const unknown = await cli('recommend', '--org', FAKE_INSTANCE_URL, '--account', '001000000000099AAA', '--token', token, '--as-of', '2011-07-01');
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('Salesforce NOT_FOUND (001000000000099AAA): Account 001000000000099AAA does not exist or is not visible to you');
  });
});

describe('optimal-order prepare, then recommend --org from the prepared model', () => {
  it('stores the model in the org; recommend then reads the account view only and prints the same order', async () => {
    const withoutModel = await cli(...args);
    expect(withoutModel.stderr).toContain('no prepared model in the org');

    // The admin's setup (admin guide): a library for the model, the integration user (here the org's running user).
    const library = org.store.create('ContentWorkspace', { Name: 'Optimal Order' }, { asSystem: true }).Id;
    const setting = org.store.create('OO_EngineSetting__mdt', { DeveloperName: 'Default', MasterLabel: 'Default', OO_ModelLibraryId__c: library }, { asSystem: true }).Id;
    const prepared = await cli('prepare', '--org', FAKE_INSTANCE_URL, '--token', token, '--as-of', '2011-07-01');
    expect(prepared.code).toBe(0);
    expect(prepared.stdout).toMatch(/prepared model of 3 accounts and \d+ products stored in the org: ContentVersion 068\w+ of ContentDocument 069\w+/);
    expect(org.store.count('ContentVersion')).toBe(1);
    const documentId = /ContentDocument (069\w+)/.exec(prepared.stdout)![1]!;
    expect(prepared.stdout).toContain(`set OO_ModelDocumentId__c to ${documentId} and OO_IntegrationUserId__c to ${org.store.userId}`);
    // Until the admin pins it, no one reads it.
    expect((await cli(...args)).stderr).toContain('No prepared model is pinned');
    org.store.update('OO_EngineSetting__mdt', setting, { OO_ModelDocumentId__c: documentId, OO_IntegrationUserId__c: org.store.userId });

    const before = org.requests.length;
    const withModel = await cli(...args);
    expect(withModel.code).toBe(0);
    expect(withModel.stderr).toMatch(/prepared model of 2011-07-01 \(3 accounts\)/);
    expect(org.requests.length - before).toBe(2); // one Composite read, the model
    expect(JSON.parse(withModel.stdout)).toEqual(JSON.parse(withoutModel.stdout));
    expect(withModel.stderr + prepared.stderr + prepared.stdout).not.toContain(token);
  });

  it('writes the model to a file with --out, and needs --org', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'oo-prepare-')), 'model.json');
    const written = await cli('prepare', '--org', FAKE_INSTANCE_URL, '--token', token, '--as-of', '2011-07-01', '--out', out);
    expect(written.code).toBe(0);
    expect(decodePreparedModel(readFileSync(out, 'utf8')).customers).toBe(3); // accounts with an order before as-of
    const missing = await cli('prepare', '--token', token);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--org');
  });
});
