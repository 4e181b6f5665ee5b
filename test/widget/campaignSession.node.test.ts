/**
 * The Campaigns tab's worker state (issue 16) against the fake org through the real connector: the
 * choices (products, groups, the day's promotions), a promotion ranked with account names and
 * messages, the campaign created from the list, and a failed read of the history asked again.
 */
import { describe, expect, it } from 'vitest';
import { createSalesforceConnector, type SalesforcePort } from '../../connector/index.js';
import { FAKE_INSTANCE_URL, seedContacts } from '../../fake-org/index.js';
import { CampaignSession } from '../../widget/worker/campaignSession.js';
import { useFakeOrg } from '../support/useFakeOrg.js';

const fake = useFakeOrg();
const AS_OF = '2011-12-01';

function managerPort(): SalesforcePort {
  return createSalesforceConnector({ instanceUrl: FAKE_INSTANCE_URL, accessToken: fake.org.issueSession(fake.users.manager), retry: { sleep: async () => {} } });
}

/** A promotion on the group of the org's first product, valid on AS_OF. */
function promotion(): string {
  const group = String([...fake.org.store.records('Product2')][0]!.ProductCode).replace(/[A-Z]+$/, '');
  fake.org.store.create('OO_Promotion__c', { Name: 'Winter stands', OO_ProductGroup__c: group, OO_DiscountPercent__c: 10, OO_ValidFrom__c: '2011-11-01', OO_ValidTo__c: '2011-12-31' });
  return group;
}

describe('CampaignSession', () => {
  it('offers the products, groups and the day’s promotions; ranks a promotion with names and messages; creates the campaign from the list', async () => {
    const group = promotion();
    seedContacts(fake.org.store, fake.ids.accounts.values());
    const session = new CampaignSession(managerPort);
    const choices = await session.choices(AS_OF);
    expect(choices.accounts).toBe(fake.ids.accounts.size);
    expect(choices.products.map((p) => p.id).sort()).toEqual([...fake.ids.products.keys()].sort());
    expect(choices.promotions).toEqual([{ name: 'Winter stands', discountPercent: 10, validTo: '2011-12-31' }]);
    expect(choices.groups.every((g) => g.products > 1)).toBe(true);

    const view = await session.rank({ kind: 'promotion', name: 'Winter stands' }, AS_OF, 'en');
    expect(view.lines.length).toBeGreaterThan(0);
    const names = new Map([...fake.org.store.records('Account')].map((a) => [a.Id, a.Name]));
    for (const l of view.lines) {
      expect(l.accountName).toBe(names.get(l.accountId));
      expect(l.productId.replace(/[A-Z]+$/, '')).toBe(group);
      // The message's values are HTML-escaped (it may go into an HTML e-mail).
      expect(l.message).toContain(String(l.accountName).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'));
    }
    expect(view.key).toBe('oo-promotion-Winter_stands-2011-12-01');
    await expect(session.rank({ kind: 'promotion', name: 'Gone' }, AS_OF, 'en')).rejects.toThrow('No promotion named “Gone” is valid on 2011-12-01');

    const created = await session.create({ key: view.key, name: view.name, lines: view.lines });
    expect(created).toMatchObject({ newCampaign: true, added: view.lines.length, alreadyMembers: 0, accountsWithoutContact: [], failed: [] });
  });

  it('asks the org again after a failed read of the order history', async () => {
    let calls = 0;
    const port = managerPort();
    const flaky = { ...port, loadAllOrderLines: () => (++calls === 1 ? Promise.reject(new Error('network down')) : port.loadAllOrderLines()) };
    const session = new CampaignSession(() => flaky);
    await expect(session.choices(AS_OF)).rejects.toThrow('network down');
    expect((await session.choices(AS_OF)).accounts).toBe(fake.ids.accounts.size);
    expect(calls).toBe(2);
  });
});
