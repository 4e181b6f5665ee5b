import type { FakeOrgFixture } from './useFakeOrg.js';

/**
 * Two more accounts (owned by the manager) buying the small seed's five products twice, so each
 * product has the three buyers a shared price needs (decisions/0025): with the seed's three
 * accounts alone, none has, and nothing an account never bought (nor anything for a new account)
 * could be priced.
 */
export function twoMoreBuyers(f: FakeOrgFixture): void {
  const { store } = f.org;
  for (const name of ['Fourth Shop', 'Fifth Shop']) {
    const account = store.create('Account', { Name: name, OwnerId: f.users.manager }).Id;
    for (const day of ['2011-03-01', '2011-05-02']) {
      const order = store.create('Order', { AccountId: account, Pricebook2Id: f.ids.standardPricebook, EffectiveDate: day, Status: 'Activated', Name: `${name} ${day}` }).Id;
      for (const code of ['85099B', '22423', '47566', '22386', '84879']) {
        store.create('OrderItem', { OrderId: order, Product2Id: f.ids.products.get(code)!, PricebookEntryId: f.ids.entries.get(code)!, Quantity: 3, UnitPrice: 2.5 });
      }
    }
  }
}
