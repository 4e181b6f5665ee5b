import { describe, expect, it } from 'vitest';
import { CONTROL_STATUS, PACKAGE_OBJECTS } from '../../connector/index.js';
import { controlGroup } from '../../engine/index.js';
import { openAccount } from '../../widget/worker/openAccount.js';
import { connectorAs, MODEL_AS_OF, pinPreparedModel } from '../connector/pinModel.js';
import { useFakeOrg } from '../support/useFakeOrg.js';
import { runQuery } from '../../fake-org/soql/index.js';

const fake = useFakeOrg();
const P = PACKAGE_OBJECTS.proposal;

/** The proposal log records of the org, as the system sees them. */
function logged() {
  return runQuery(fake.org.store, `SELECT ${P.externalId}, ${P.status}, ${P.account}, CreatedById FROM ${P.object}`).records as Record<string, unknown>[];
}

describe('the control group in the account view (through the connector and the fake org)', () => {
  it('shows an account of the month’s comparison group no proposal and logs the visit once per account and day', async () => {
    const pinned = await pinPreparedModel(fake);
    const account = fake.ids.accounts.get('12347')!;
    // Share 1: every account is in the comparison group.
    fake.org.store.update('OO_EngineSetting__mdt', pinned.setting, { OO_ControlShare__c: 1 });
    const rep = connectorAs(fake, fake.users.rep);
    const page = await openAccount(rep, { current: null }, account, MODEL_AS_OF, 'en');
    expect(page.control).toEqual({ period: MODEL_AS_OF.slice(0, 7), logged: true });
    expect(page.lines).toEqual([]);
    expect(page.account.name).not.toBe('');
    const again = await openAccount(rep, { current: null }, account, MODEL_AS_OF, 'en');
    expect(again.control?.logged).toBe(true);
    const visits = logged().filter((r) => r[P.status] === CONTROL_STATUS);
    expect(visits).toHaveLength(1);
    expect(visits[0]![P.account]).toBe(account);
    expect(visits[0]!.CreatedById).toBe(fake.users.rep);
    // The manager's log leaves control visits out: they are no proposals.
    const log = await connectorAs(fake, fake.users.manager).loadProposalLog({});
    expect(log.proposals).toEqual([]);
    expect(Object.values(log.byStatus).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('proposes as usual with the share at 0 (off) and, at a share between, follows controlGroup for the month', async () => {
    const pinned = await pinPreparedModel(fake);
    const rep = connectorAs(fake, fake.users.rep);
    const accounts = [...fake.ids.accounts.values()];
    const page = await openAccount(rep, { current: null }, accounts[0]!, MODEL_AS_OF, 'en');
    expect(page.control).toBeUndefined();
    expect(page.lines.length).toBeGreaterThan(0);
    fake.org.store.update('OO_EngineSetting__mdt', pinned.setting, { OO_ControlShare__c: 0.5 });
    for (const id of accounts) {
      const p = await openAccount(rep, { current: null }, id, MODEL_AS_OF, 'en').catch(() => null);
      if (!p) continue; // an account the rep may not see
      expect(p.control !== undefined, id).toBe(controlGroup(id, MODEL_AS_OF.slice(0, 7), 0.5));
    }
    expect(logged().filter((r) => r[P.status] === CONTROL_STATUS).length).toBe(accounts.filter((id) => controlGroup(id, MODEL_AS_OF.slice(0, 7), 0.5)).length);
  });

  it('reads a share outside 0–1 as off (the admin’s mistake proposes as before)', async () => {
    const pinned = await pinPreparedModel(fake);
    fake.org.store.update('OO_EngineSetting__mdt', pinned.setting, { OO_ControlShare__c: 1.5 });
    const view = await connectorAs(fake, fake.users.rep).loadAccountView(fake.ids.accounts.get('12347')!, MODEL_AS_OF);
    expect(view.controlShare).toBe(0);
  });
});
