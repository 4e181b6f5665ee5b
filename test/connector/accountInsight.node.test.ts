/**
 * Account insights in the org (issue 13): each account's insight is a master-detail child of the
 * Account, so a rep who cannot see an account cannot read its insight in any way, and the account
 * view reads it in its one Composite request and gives the engine what the whole fit had.
 */
import { describe, expect, it } from 'vitest';
import { API_VERSION, orderFromAccountView, PACKAGE_OBJECTS } from '../../connector/index.js';
import { decodePreparedModel, encodeAccountInsight, parseDateTime } from '../../engine/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import { useFakeOrg } from '../support/useFakeOrg.js';
import { connectorAs, MODEL_AS_OF, pinPreparedModel } from './pinModel.js';

// Accounts are Private: a rep sees the accounts it owns, nothing else.
const fake = useFakeOrg(() => {}, { sharing: { Account: 'Private' } });
const I = PACKAGE_OBJECTS.accountInsight;
const AS_OF = parseDateTime(MODEL_AS_OF);

/** A REST GET as a user, as any client of the org would send it (status and body). */
async function getAs(userId: string, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${FAKE_INSTANCE_URL}/services/data/v${API_VERSION}${path}`, { headers: { Authorization: `Bearer ${fake.org.issueSession(userId)}` } });
  return { status: response.status, body: await response.json() };
}

/** Acme (12347) belongs to the rep; Bright (12348) to nobody the rep is. */
function ownAcme(): { mine: string; hidden: string } {
  const mine = fake.ids.accounts.get('12347')!;
  fake.org.store.update('Account', mine, { OwnerId: fake.users.rep });
  return { mine, hidden: fake.ids.accounts.get('12348')! };
}

describe('account insights follow the account’s sharing', () => {
  it('a rep reads the insight of an account it sees, and nothing of one it cannot see: not by key, not by id, not by query', async () => {
    const { insights } = await pinPreparedModel(fake);
    const { mine, hidden } = ownAcme();
    expect(insights.has(mine) && insights.has(hidden)).toBe(true);
    const hiddenRecord = fake.org.store.findByExternalId(I.object, I.accountKey, hidden)!;
    expect(hiddenRecord).toBeDefined();

    const byKey = (id: string) => getAs(fake.users.rep, `/sobjects/${I.object}/${I.accountKey}/${id}`);
    expect((await byKey(mine)).status).toBe(200);
    expect(await byKey(hidden)).toMatchObject({ status: 404, body: [{ errorCode: 'NOT_FOUND' }] });
    expect((await getAs(fake.users.rep, `/sobjects/${I.object}/${hiddenRecord.Id}`)).status).toBe(404);
    const query = await getAs(fake.users.rep, `/query?q=${encodeURIComponent(`SELECT ${I.accountKey}, ${I.data} FROM ${I.object}`)}`);
    expect((query.body as { records: Record<string, string>[] }).records.map((r) => r[I.accountKey])).toEqual([mine]);
    // The other rep sees neither; the integration user (every account) sees both.
    expect((await getAs(fake.users.otherRep, `/sobjects/${I.object}/${I.accountKey}/${mine}`)).status).toBe(404);
    expect((await getAs(fake.users.integration, `/sobjects/${I.object}/${I.accountKey}/${hidden}`)).status).toBe(200);

    // Through the port: the rep's view of its account has the insight; the other account is not there at all.
    const rep = connectorAs(fake, fake.users.rep);
    const view = await rep.loadAccountView(mine, MODEL_AS_OF);
    expect(view.insight).toEqual(insights.get(mine));
    await expect(rep.loadAccountView(hidden, MODEL_AS_OF)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('the view reads the insight in its one Composite request and the order is the whole fit’s; without it the order differs', async () => {
    const { full, history } = await pinPreparedModel(fake);
    const { mine } = ownAcme();
    const rep = connectorAs(fake, fake.users.rep);
    const view = await rep.loadAccountView(mine, MODEL_AS_OF);
    expect(rep.requestCount).toBe(2); // the Composite read, the model's bytes: no request of its own for the insight
    const model = decodePreparedModel(view.model!.text!);
    const expected = full.propose(history.customerIndex.get(mine)!);
    expect(orderFromAccountView(view, model, AS_OF).order).toEqual(expected);
    // The same view with no insight (none written, or not visible): an order still, made without the neighbours' scores.
    const without = orderFromAccountView({ ...view, insight: null }, model, AS_OF).order;
    expect(without.items.length).toBeGreaterThan(0);
    expect(without).not.toEqual(expected);
  });

  it('an insight the engine refuses gives no insight and an ignored record naming it and the field; the order is still made', async () => {
    await pinPreparedModel(fake);
    const { mine } = ownAcme();
    const record = fake.org.store.findByExternalId(I.object, I.accountKey, mine)!;
    fake.org.store.update(I.object, record.Id, { [I.data]: '{"format":"something-else/9"}' });
    const view = await connectorAs(fake, fake.users.rep).loadAccountView(mine, MODEL_AS_OF);
    expect(view.insight).toBeNull();
    expect(view.ignored).toEqual([expect.objectContaining({ kind: 'insight', name: `${I.object} ${record.Id}`, field: I.data, problem: expect.stringMatching(/format is 'something-else\/9'/) })]);
    expect(orderFromAccountView(view, decodePreparedModel(view.model!.text!), AS_OF).order.items.length).toBeGreaterThan(0);
  });

  it('an insight written for another account is not used for this one', async () => {
    const { insights } = await pinPreparedModel(fake);
    const { mine, hidden } = ownAcme();
    const record = fake.org.store.findByExternalId(I.object, I.accountKey, mine)!;
    fake.org.store.update(I.object, record.Id, { [I.data]: encodeAccountInsight(insights.get(hidden)!) });
    const view = await connectorAs(fake, fake.users.rep).loadAccountView(mine, MODEL_AS_OF);
    expect(view.insight).toBeNull();
    expect(view.ignored).toEqual([expect.objectContaining({ kind: 'insight', field: `${I.data} › accountId` })]);
  });
});
