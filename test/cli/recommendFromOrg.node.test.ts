import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_INSTANCE_URL, FakeOrg, fakeOrgHandlers, seedOrg, smallSeed } from '../../fake-org/index.js';
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

  it('saves it back once with --save; saving again writes nothing', async () => {
    const first = await cli(...args, '--save');
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/saved: Opportunity 006\w+, proposal log a01\w+/);
    const again = await cli(...args, '--save');
    expect(again.stderr).toContain('already saved before');
    expect(org.store.count('Opportunity')).toBe(1);
    const items = [...org.store.records('OpportunityLineItem')];
    expect(items.length).toBe(JSON.parse(first.stdout).items.length);
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

    const prepared = await cli('prepare', '--org', FAKE_INSTANCE_URL, '--token', token, '--as-of', '2011-07-01');
    expect(prepared.code).toBe(0);
    expect(prepared.stdout).toMatch(/prepared model of 3 accounts and \d+ products stored in the org: ContentVersion 068\w+/);
    expect(org.store.count('ContentVersion')).toBe(1);

    const before = org.requests.length;
    const withModel = await cli(...args);
    expect(withModel.code).toBe(0);
    expect(withModel.stderr).toMatch(/^prepared model of 2011-07-01 \(3 accounts\)/);
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
