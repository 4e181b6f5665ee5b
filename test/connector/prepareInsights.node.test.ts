/**
 * `optimal-order prepare --org` writes the shared model and every account's insight (Bulk API
 * upserts), again on each run without duplicates, listing refused ones; `recommend --org` then
 * gives the order the whole fit gives, which it cannot without the insight.
 */
import { describe, expect, it } from 'vitest';
import { decodeAccountInsight, fitOptimalOrder, parseDateTime } from '../../engine/index.js';
import { historyFromOrgLines, PACKAGE_OBJECTS } from '../../connector/index.js';
import { FAKE_INSTANCE_URL } from '../../fake-org/index.js';
import { runCommand } from '../support/runCommand.js';
import { useFakeOrg } from '../support/useFakeOrg.js';
import { connectorAs, MODEL_AS_OF, setUpModelLibrary } from './pinModel.js';

const fake = useFakeOrg();
const I = PACKAGE_OBJECTS.accountInsight;

/** `prepare --org` as the integration user. */
const prepare = () => runCommand('prepare', '--org', FAKE_INSTANCE_URL, '--token', fake.org.issueSession(fake.users.integration), '--as-of', MODEL_AS_OF);

describe('prepare --org writes the accounts’ insights', () => {
  it('one record per account, run after run; recommend --org then gives the whole fit’s order', async () => {
    const { setting } = setUpModelLibrary(fake);
    const first = await prepare();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`account insights: ${fake.ids.accounts.size} created, 0 updated`);
    const documentId = /ContentDocument (069\w+)/.exec(first.stdout)![1]!;
    fake.org.store.update('OO_EngineSetting__mdt', setting, { OO_ModelDocumentId__c: documentId });
    const second = await prepare();
    expect(second.stdout).toContain(`account insights: 0 created, ${fake.ids.accounts.size} updated`);
    expect(fake.org.store.count(I.object)).toBe(fake.ids.accounts.size);
    for (const id of fake.ids.accounts.values()) expect(decodeAccountInsight(String(fake.org.store.findByExternalId(I.object, I.accountKey, id)![I.data])).accountId).toBe(id);

    const acme = fake.ids.accounts.get('12347')!;
    const { history } = historyFromOrgLines(await connectorAs(fake, fake.users.integration).loadAllOrderLines());
    const expected = fitOptimalOrder(history, parseDateTime(MODEL_AS_OF)).propose(history.customerIndex.get(acme)!);
    const recommend = () => runCommand('recommend', '--org', FAKE_INSTANCE_URL, '--account', acme, '--token', fake.org.issueSession(fake.users.rep), '--as-of', MODEL_AS_OF);
    const withInsight = await recommend();
    expect(withInsight.code, withInsight.stderr).toBe(0);
    expect(JSON.parse(withInsight.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    // Without its insight the same command says so, and the order is another.
    fake.org.store.delete(I.object, fake.org.store.findByExternalId(I.object, I.accountKey, acme)!.Id);
    const without = await recommend();
    expect(without.stderr).toContain(`no insight for account ${acme}`);
    expect(JSON.parse(without.stdout)).not.toEqual(JSON.parse(withInsight.stdout));
  });

  it('lists each insight the org refuses, by account and field, and exits 1: a user who may only read insights', async () => {
    setUpModelLibrary(fake);
    // The manager reads every account and may publish into the library, but only reads insights.
    const run = await runCommand('prepare', '--org', FAKE_INSTANCE_URL, '--token', fake.org.issueSession(fake.users.manager), '--as-of', MODEL_AS_OF);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`account insights: 0 created, 0 updated, ${fake.ids.accounts.size} refused (listed on stderr)`);
    for (const id of fake.ids.accounts.values()) expect(run.stderr).toContain(`insight of account ${id} not written: ${I.data}: INSUFFICIENT_ACCESS_OR_READONLY`);
    expect(fake.org.store.count(I.object)).toBe(0);
  });
});
