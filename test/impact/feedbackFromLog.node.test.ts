/**
 * Feedback from the org's log (issue 14): a novelty the rep rejected is, after the nightly
 * `prepare --org`, in the account's insight, and the account's next view does not propose it again.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { PACKAGE_OBJECTS, type ProposalToSave } from '../../connector/index.js';
import { decodeAccountInsight } from '../../engine/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import { connectorAs, MODEL_AS_OF, setUpModelLibrary } from '../connector/pinModel.js';
import { runCommand } from '../support/runCommand.js';
import { twoMoreBuyers } from '../support/twoMoreBuyers.js';
import { useFakeOrg } from '../support/useFakeOrg.js';

// The rep's visit, before the model's as-of day: feedback counts only what was decided before it.
const fake = useFakeOrg(() => {}, { clock: () => Date.UTC(2011, 5, 20, 10) });
const I = PACKAGE_OBJECTS.accountInsight;

const prepare = () => runCommand('prepare', '--org', FAKE_INSTANCE_URL, '--token', fake.org.issueSession(fake.users.integration), '--as-of', MODEL_AS_OF);

/** The account's order as a rep's `recommend --org` prints it. */
async function view(accountId: string): Promise<{ productId: string; kind: string; quantity: number }[]> {
  const run = await runCommand('recommend', '--org', FAKE_INSTANCE_URL, '--account', accountId, '--token', fake.org.issueSession(fake.users.rep), '--as-of', MODEL_AS_OF);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { items: { productId: string; kind: string; quantity: number }[] }).items;
}

describe('feedback from the org’s proposal log', () => {
  it('a novelty the rep rejected is held back on the account’s next view, after prepare --org', async () => {
    twoMoreBuyers(fake);
    const { setting } = setUpModelLibrary(fake);
    const first = await prepare();
    expect(first.code, first.stderr).toBe(0);
    fake.org.store.update('OO_EngineSetting__mdt', setting, { OO_ModelDocumentId__c: /ContentDocument (069\w+)/.exec(first.stdout)![1]! });
    const acme = fake.ids.accounts.get('12347')!;
    const before = await view(acme);
    const novelty = before.find((l) => l.kind !== 'habitual');
    const habitual = before.find((l) => l.kind === 'habitual');
    expect(novelty, JSON.stringify(before)).toBeDefined();
    expect(habitual).toBeDefined();

    const product2 = (code: string) => fake.ids.products.get(code)!;
    const line = (l: { productId: string; kind: string; quantity: number }, outcome: 'accepted' | 'rejected') => ({
      productId: product2(l.productId), kind: l.kind as 'habitual', outcome, proposedQuantity: l.quantity, quantity: l.quantity, proposedPrice: 2, price: 2, probability: 0.5, reason: 'r', priceSteps: [], ...(outcome === 'rejected' ? { rejectionReason: 'not-needed' } : {}),
    });
    const proposal: ProposalToSave = { proposalId: 'prop-feedback-1', accountId: acme, status: 'accepted', segment: 'active', engineVersion: 'test', day: '2011-06-20', lines: [line(habitual!, 'accepted'), line(novelty!, 'rejected')] };
    await connectorAs(fake, fake.users.rep).saveProposal(proposal);

    const second = await prepare();
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/outcomes: 1 proposals with 2 lines read/);
    const insight = decodeAccountInsight(String(fake.org.store.findByExternalId(I.object, I.accountKey, acme)![I.data]));
    expect(insight.feedback).toContainEqual(expect.objectContaining({ productId: novelty!.productId, action: 'rejected', rejectionReason: 'not-needed' }));

    const after = await view(acme);
    expect(after.map((l) => l.productId)).not.toContain(novelty!.productId);
    expect(after.map((l) => l.productId)).toContain(habitual!.productId);
    // Without the feedback in its insight, the same view proposes the novelty again: the log, not chance, held it back.
    const record = fake.org.store.findByExternalId(I.object, I.accountKey, acme)!;
    fake.org.store.update(I.object, record.Id, { [I.data]: JSON.stringify({ ...JSON.parse(String(record[I.data])), feedback: undefined }) });
    expect((await view(acme)).map((l) => l.productId)).toContain(novelty!.productId);
  });

  it('prepare --org still stores the model and the insights when the log cannot be read, says why and exits 1', async () => {
    setUpModelLibrary(fake);
    // The org refuses the log's query (as for a user without access to OO_Proposal__c).
    fake.server.use(
      http.get(`${FAKE_INSTANCE_URL}/services/data/:version/query`, ({ request }) =>
        new URL(request.url).searchParams.get('q')?.includes(' FROM OO_Proposal__c ') ? HttpResponse.json([{ errorCode: 'INVALID_TYPE', message: "sObject type 'OO_Proposal__c' is not supported." }], { status: 400 }) : undefined,
      ),
    );
    const run = await prepare();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("outcomes: not written, and no feedback from the proposal log this run: Salesforce INVALID_TYPE: sObject type 'OO_Proposal__c' is not supported.");
    expect(run.stdout).toContain('prepared model of');
    expect(run.stdout).toContain(`account insights: ${fake.ids.accounts.size} created`);
  });
});
