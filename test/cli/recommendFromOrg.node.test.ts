import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_INSTANCE_URL, FakeOrg, fakeOrgHandlers, seedOrg, smallSeed } from '../fake-org/index.js';
import { runCommand as cli } from '../support/runCommand.js';

const org = new FakeOrg();
const ids = seedOrg(org.store, smallSeed());
const server = setupServer(...fakeOrgHandlers(org));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const acme = ids.accounts.get('12347')!;
const args = ['recommend', '--org', FAKE_INSTANCE_URL, '--account', acme, '--token', 'secret-token-123', '--as-of', '2011-07-01'];

describe('optimal-order recommend --org', () => {
  it('prints the account’s optimal order from the org', async () => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(0);
    const order = JSON.parse(stdout);
    expect(order.customerId).toBe(acme);
    // ACME buys jumbo bags and cake stands in every order: both lead its habitual lines.
    expect(order.items.slice(0, 2).map((l: { productId: string }) => l.productId).sort()).toEqual(['22423', '85099B']);
    expect(stderr).not.toContain('secret-token-123');
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
    const unknown = await cli('recommend', '--org', FAKE_INSTANCE_URL, '--account', '001000000000099AAA', '--token', 't', '--as-of', '2011-07-01');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no order lines for account '001000000000099AAA'");
  });
});
