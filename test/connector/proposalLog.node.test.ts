import { describe, expect, it } from 'vitest';
import { createSalesforceConnector, type ProposalStatus, type ProposalToSave } from '../../connector/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import { useFakeOrg } from '../support/useFakeOrg.js';

const fake = useFakeOrg();
const connector = () => createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: fake.token, retry: { sleep: async () => {} } });

/** A proposal of `account` (by number): two lines, the second removed as `reason`; accepted unless said otherwise. */
function proposal(id: string, account: string, reason: string, status: ProposalStatus = 'accepted'): ProposalToSave {
  const line = (code: string, outcome: 'accepted' | 'rejected') => ({
    productId: fake.ids.products.get(code)!,
    kind: 'habitual' as const,
    outcome,
    proposedQuantity: 2,
    quantity: 2,
    proposedPrice: 10,
    price: 10,
    probability: 0.5,
    reason: 'ordered often',
    priceSteps: [],
    ...(outcome === 'rejected' ? { rejectionReason: reason } : {}),
  });
  return {
    proposalId: id,
    accountId: fake.ids.accounts.get(account)!,
    status,
    segment: 'active',
    engineVersion: 'test',
    day: '2011-09-01',
    ...(status === 'declined' ? { rejectionReason: 'customer closed' } : {}),
    lines: [line('85099B', status === 'accepted' ? 'accepted' : 'rejected'), line('22423', 'rejected')],
  };
}

describe('the proposal log for managers', () => {
  it('lists proposals newest first with account, rep, status and values, and sums the reasons of removed lines, in one request', async () => {
    const c = connector();
    await c.saveProposal(proposal('prop-0001-acme', '12347', 'too-expensive'));
    fake.org.runAs('Second Rep');
    await c.saveProposal(proposal('prop-0002-acme', '12347', 'too-expensive', 'declined'));
    await c.saveProposal(proposal('prop-0003-othr', '12348', 'out-of-season'));
    const before = c.requestCount;
    const log = await c.loadProposalLog();
    expect(c.requestCount - before).toBe(1);
    expect(log.proposals.map((p) => [p.account.name, p.rep.name, p.status, p.acceptedValue])).toEqual([
      ['Bright & "Shiny" Co', 'Second Rep', 'accepted', 20],
      ['Acme Gifts Ltd', 'Second Rep', 'declined', 0],
      ['Acme Gifts Ltd', 'Demo Rep', 'accepted', 20],
    ]);
    expect(log.proposals[0]!.proposedValue).toBe(40);
    expect(log.rejectionReasons).toEqual([
      { reason: 'too-expensive', lines: 3 },
      { reason: 'out-of-season', lines: 1 },
    ]);
    expect(log.byStatus).toEqual({ accepted: 2, declined: 1, 'not-reached': 0, 'call-back': 0 });
  });

  it('counts every status under the filter, beyond the proposals listed: the acceptance rate is not always 100 %', async () => {
    const c = connector();
    await c.saveProposal(proposal('prop-0011-acme', '12347', 'too-expensive'));
    await c.saveProposal(proposal('prop-0012-acme', '12347', 'other', 'not-reached'));
    await c.saveProposal(proposal('prop-0013-acme', '12347', 'other', 'call-back'));
    await c.saveProposal(proposal('prop-0014-othr', '12348', 'other', 'call-back'));
    const log = await c.loadProposalLog({ limit: 1 });
    expect(log.proposals).toHaveLength(1);
    expect(log.byStatus).toEqual({ accepted: 1, declined: 0, 'not-reached': 1, 'call-back': 2 });
    expect((await c.loadProposalLog({ accountId: fake.ids.accounts.get('12348')! })).byStatus).toEqual({ accepted: 0, declined: 0, 'not-reached': 0, 'call-back': 1 });
  });

  it('filters by account, rep and day; refuses a day that is not one, naming the filter', async () => {
    const c = connector();
    await c.saveProposal(proposal('prop-0001-acme', '12347', 'too-expensive'));
    const second = fake.org.runAs('Second Rep');
    await c.saveProposal(proposal('prop-0003-othr', '12348', 'out-of-season'));
    expect((await c.loadProposalLog({ accountId: fake.ids.accounts.get('12347')! })).proposals.map((p) => p.rep.name)).toEqual(['Demo Rep']);
    const byRep = await c.loadProposalLog({ repId: second });
    expect(byRep.proposals.map((p) => p.account.name)).toEqual(['Bright & "Shiny" Co']);
    expect(byRep.rejectionReasons).toEqual([{ reason: 'out-of-season', lines: 1 }]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await c.loadProposalLog({ from: today, to: today })).proposals).toHaveLength(2);
    expect((await c.loadProposalLog({ to: '2000-01-01' })).proposals).toHaveLength(0);
    await expect(c.loadProposalLog({ from: 'last week' })).rejects.toMatchObject({ code: 'INVALID_FILTER', details: { field: 'from' } });
  });
});
