import { describe, expect, it } from 'vitest';
import { FakeOrgError } from '../FakeOrgError.js';
import { OrgStore } from '../OrgStore.js';
import { runQuery } from './index.js';

/** 2024-03-15 12:00 UTC: the pinned "now" of date literals. */
const NOW = Date.UTC(2024, 2, 15, 12);
const url = (type: string, id: string) => `/services/data/v62.0/sobjects/${type}/${id}`;

/** A small org: 4 accounts, 3 products, 5 orders, 7 live order lines and a deleted one. */
function org() {
  let clock = NOW;
  const store = new OrgStore(undefined, () => clock);
  const at = <T>(iso: string, make: () => T): T => {
    clock = Date.parse(iso);
    return make();
  };
  const acme = at('2024-03-15T08:00:00Z', () => store.create('Account', { Name: 'Acme Gifts', AccountNumber: '100', BillingCountry: 'France' }).Id);
  const obrien = at('2024-03-10T00:00:00Z', () => store.create('Account', { Name: "O'Brien & Sons", AccountNumber: '200', BillingCountry: 'Ireland' }).Id);
  const quiet = at('2024-02-01T00:00:00Z', () => store.create('Account', { Name: 'Quiet Corner' }).Id);
  const sale = at('2024-03-15T00:00:00Z', () => store.create('Account', { Name: '50% Off_Shop', AccountNumber: '050' }).Id);
  clock = NOW;
  const book = store.create('Pricebook2', { Name: 'Standard Price Book', IsStandard: true, IsActive: true }, { asSystem: true }).Id;
  const product = (Name: string, ProductCode: string, Family?: string) => store.create('Product2', { Name, ProductCode, ...(Family ? { Family } : {}), IsActive: true }).Id;
  const stand = product('Cake Stand', 'CS', 'Kitchen');
  const tea = product('Tea Set', 'TS');
  const mug = product('Mug', 'MG', 'Kitchen');
  const entry = (p: string, UnitPrice: number) => store.create('PricebookEntry', { Pricebook2Id: book, Product2Id: p, UnitPrice, IsActive: true }).Id;
  const entries = { [stand]: entry(stand, 10), [tea]: entry(tea, 5), [mug]: entry(mug, 2) };
  const order = (AccountId: string, EffectiveDate: string) => store.create('Order', { AccountId, Pricebook2Id: book, EffectiveDate, Status: 'Activated' }).Id;
  const o1 = order(acme, '2024-03-15');
  const o2 = order(acme, '2024-03-14');
  const o3 = order(obrien, '2024-02-10');
  const o4 = order(obrien, '2023-12-31');
  const o5 = order(quiet, '2024-03-16');
  const item = (OrderId: string, p: string | null, Quantity: number, UnitPrice: number) =>
    store.create('OrderItem', { OrderId, ...(p ? { Product2Id: p } : {}), PricebookEntryId: entries[p ?? mug]!, Quantity, UnitPrice }).Id;
  const items = [item(o1, stand, 2, 10), item(o1, tea, 1, 5), item(o2, stand, 3, 10), item(o3, mug, 4, 2), item(o3, stand, 1, 12), item(o4, tea, 6, 4), item(o4, null, 1, 1)];
  const deleted = item(o1, mug, 100, 2);
  store.delete('OrderItem', deleted);
  const q = (soql: string, options: { includeDeleted?: boolean; now?: number } = {}) => runQuery(store, soql, { now: NOW, ...options });
  const names = (soql: string) => q(soql).records.map((r) => r.Name);
  return { store, q, names, acme, obrien, quiet, sale, stand, tea, mug, orders: [o1, o2, o3, o4, o5], items, deleted };
}

function errorOf(run: () => unknown): FakeOrgError {
  try {
    run();
  } catch (error) {
    if (error instanceof FakeOrgError) return error;
    throw error;
  }
  throw new Error('expected a FakeOrgError');
}

describe('runQuery', () => {
  it('returns fields and parent fields in the schema spelling, parents nested (null when the lookup is empty)', () => {
    const { q, items, orders, acme, stand } = org();
    const { totalSize, records } = q(`select quantity, PRODUCT2.name, order.account.NAME, Order.EffectiveDate from orderitem where id in ('${items[0]}', '${items[6]}') order by Quantity desc`);
    expect(totalSize).toBe(2);
    expect(records[0]).toEqual({
      attributes: { type: 'OrderItem', url: url('OrderItem', items[0]!) },
      Quantity: 2,
      Product2: { attributes: { type: 'Product2', url: url('Product2', stand) }, Name: 'Cake Stand' },
      Order: {
        attributes: { type: 'Order', url: url('Order', orders[0]!) },
        Account: { attributes: { type: 'Account', url: url('Account', acme) }, Name: 'Acme Gifts' },
        EffectiveDate: '2024-03-15',
      },
    });
    expect(records[1]!.Product2).toBeNull();
    expect(Object.keys(records[0]!)).toEqual(['attributes', 'Quantity', 'Product2', 'Order']);
  });

  it('answers null for unset fields and false for unset checkboxes', () => {
    const { q, quiet } = org();
    expect(q(`SELECT Name, AccountNumber FROM Account WHERE Id = '${quiet}'`).records[0]).toMatchObject({ Name: 'Quiet Corner', AccountNumber: null });
    expect(q(`SELECT Family, IsDeleted FROM Product2 WHERE Name = 'Tea Set'`).records[0]).toMatchObject({ Family: null, IsDeleted: false });
  });

  it('answers Salesforce error codes for unknown objects, fields, relationships, bad SOQL and bad values', () => {
    const { q } = org();
    const type = errorOf(() => q('SELECT Id FROM Nope__c'));
    expect([type.errorCode, type.status]).toEqual(['INVALID_TYPE', 400]);
    expect(type.message).toMatch(/^sObject type 'Nope__c' is not supported\./);
    const field = errorOf(() => q('SELECT Id, Colour FROM Account'));
    expect([field.errorCode, field.status]).toEqual(['INVALID_FIELD', 400]);
    expect(field.message).toMatch(/^No such column 'Colour' on entity 'Account'\./);
    expect(errorOf(() => q('SELECT Id FROM Account WHERE Colour = 1')).errorCode).toBe('INVALID_FIELD');
    expect(errorOf(() => q('SELECT Id FROM OrderItem ORDER BY Order.Colour')).message).toMatch(/^No such column 'Colour' on entity 'Order'\./);
    expect(errorOf(() => q('SELECT Basket.Name FROM OrderItem')).errorCode).toBe('INVALID_FIELD');
    for (const bad of ['SELEC Id FROM Account', 'SELECT Id FROM Account WHERE', "SELECT Id FROM Account WHERE Name = 'a' AND Name = 'b' OR Name = 'c'", "SELECT Id FROM Account WHERE Name = 'a\\q'"]) {
      const e = errorOf(() => q(bad));
      expect([e.errorCode, e.status], bad).toEqual(['MALFORMED_QUERY', 400]);
    }
    expect(errorOf(() => q("SELECT Id FROM OrderItem WHERE Quantity = '1'")).message).toBe("value of filter criterion for field 'Quantity' must be of type double and should not be enclosed in quotes");
    expect(errorOf(() => q('SELECT Id FROM Account WHERE Name = 1')).message).toBe("value of filter criterion for field 'Name' must be of type string and should be enclosed in quotes");
    expect(errorOf(() => q('SELECT Id FROM Account WHERE CreatedDate > 2024-01-01')).errorCode).toBe('INVALID_FIELD');
    expect(errorOf(() => q("SELECT Id FROM Account WHERE Id = 'abc'")).errorCode).toBe('INVALID_QUERY_FILTER_OPERATOR');
  });

  it('evaluates AND, OR, NOT and parentheses', () => {
    const { names } = org();
    const where = (w: string) => names(`SELECT Name FROM Account WHERE ${w} ORDER BY Name`);
    expect(where("BillingCountry = 'France' OR BillingCountry = 'Ireland'")).toEqual(['Acme Gifts', "O'Brien & Sons"]);
    expect(where("AccountNumber > '050' AND AccountNumber < '200'")).toEqual(['Acme Gifts']);
    expect(where("(AccountNumber = '100' OR AccountNumber = '200') AND BillingCountry = 'Ireland'")).toEqual(["O'Brien & Sons"]);
    expect(where("AccountNumber = '100' OR (AccountNumber = '200' AND BillingCountry = 'France')")).toEqual(['Acme Gifts']);
    expect(where("NOT (AccountNumber = '100' OR AccountNumber = '200')")).toEqual(['50% Off_Shop', 'Quiet Corner']);
    expect(where("NOT AccountNumber = '100' AND BillingCountry != null")).toEqual(["O'Brien & Sons"]);
    expect(where("Name != null AND (NOT (NOT AccountNumber = '050'))")).toEqual(['50% Off_Shop']);
  });

  it('compares with = != <> < > <= >= IN and NOT IN as SOQL does with nulls, text case-insensitively', () => {
    const { q, names } = org();
    const where = (w: string) => names(`SELECT Name FROM Account WHERE ${w} ORDER BY Name`);
    expect(where("name = 'ACME GIFTS'")).toEqual(['Acme Gifts']);
    expect(where('AccountNumber = null')).toEqual(['Quiet Corner']);
    expect(where("AccountNumber != '100'")).toEqual(['50% Off_Shop', "O'Brien & Sons", 'Quiet Corner']);
    expect(where("AccountNumber <> null AND AccountNumber <> '100'")).toEqual(['50% Off_Shop', "O'Brien & Sons"]);
    expect(where("AccountNumber >= '100'")).toEqual(['Acme Gifts', "O'Brien & Sons"]);
    expect(where("BillingCountry IN ('france', 'Spain')")).toEqual(['Acme Gifts']);
    expect(where("BillingCountry NOT IN ('France')")).toEqual(['50% Off_Shop', "O'Brien & Sons", 'Quiet Corner']);
    expect(where("BillingCountry IN ('France', null)")).toEqual(['50% Off_Shop', 'Acme Gifts', 'Quiet Corner']);
    const quantities = (w: string) => q(`SELECT Quantity FROM OrderItem WHERE ${w} ORDER BY Quantity`).records.map((r) => r.Quantity);
    expect(quantities('Quantity > 2')).toEqual([3, 4, 6]);
    expect(quantities('Quantity <= 1.5 AND UnitPrice < 10')).toEqual([1, 1]);
    expect(quantities('Quantity IN (2, 6.0)')).toEqual([2, 6]);
    expect(quantities('Product2Id = null')).toEqual([1]);
    expect(quantities("Product2.Family = 'Kitchen'")).toEqual([1, 2, 3, 4]);
    expect(quantities("Product2.Family != 'Kitchen'")).toEqual([1, 1, 6]);
  });

  it('compares ids on their first 15 characters, also through a parent', () => {
    const { q, acme, obrien } = org();
    const short = acme.slice(0, 15);
    const ids = (soql: string) => q(soql).records.map((r) => r.Id);
    expect(short).not.toBe(acme);
    expect(ids(`SELECT Id FROM Account WHERE Id = '${short}'`)).toEqual([acme]);
    expect(ids(`SELECT Id FROM Account WHERE Id IN ('${short}', '${obrien}') ORDER BY Name`)).toEqual([acme, obrien]);
    expect(ids(`SELECT Id FROM Order WHERE AccountId = '${short}'`)).toEqual(ids(`SELECT Id FROM Order WHERE AccountId = '${acme}'`));
    expect(q(`SELECT Id FROM OrderItem WHERE Order.AccountId = '${short}'`).totalSize).toBe(3);
    expect(q(`SELECT Id FROM Account WHERE Id != '${short}'`).totalSize).toBe(3);
  });

  it('unescapes string literals: a quoted quote, backslash escapes', () => {
    const { store, names } = org();
    store.create('Account', { Name: 'Back\\slash "quoted"\nline' });
    expect(names("SELECT Name FROM Account WHERE Name = 'O\\'Brien & Sons'")).toEqual(["O'Brien & Sons"]);
    expect(names("SELECT Name FROM Account WHERE Name = 'Back\\\\slash \\\"quoted\\\"\\nline'")).toEqual(['Back\\slash "quoted"\nline']);
  });

  it('matches LIKE with % and _ case-insensitively, \\% and \\_ as themselves', () => {
    const { names } = org();
    const like = (pattern: string) => names(`SELECT Name FROM Account WHERE Name LIKE '${pattern}' ORDER BY Name`);
    expect(like('acme%')).toEqual(['Acme Gifts']);
    expect(like('%CORNER')).toEqual(['Quiet Corner']);
    expect(like('_uiet c%')).toEqual(['Quiet Corner']);
    expect(like('%o%')).toEqual(['50% Off_Shop', "O'Brien & Sons", 'Quiet Corner']);
    expect(like('o\\\'b%')).toEqual(["O'Brien & Sons"]);
    expect(like('50\\%%')).toEqual(['50% Off_Shop']);
    expect(like('%\\_%')).toEqual(['50% Off_Shop']);
    expect(like('%\\%')).toEqual([]);
    expect(like('Acme')).toEqual([]);
    expect(like('Acme Gift_')).toEqual(['Acme Gifts']);
  });

  it('reads date literals against the pinned now, UTC: date fields by day, datetime fields by instant', () => {
    const { q, names } = org();
    const days = (w: string, now = NOW) => q(`SELECT EffectiveDate FROM Order WHERE ${w} ORDER BY EffectiveDate`, { now }).records.map((r) => r.EffectiveDate);
    expect(days('EffectiveDate = TODAY')).toEqual(['2024-03-15']);
    expect(days('EffectiveDate = YESTERDAY')).toEqual(['2024-03-14']);
    expect(days('EffectiveDate = LAST_N_DAYS:1')).toEqual(['2024-03-14', '2024-03-15']);
    expect(days('EffectiveDate = LAST_N_DAYS:40')).toEqual(['2024-02-10', '2024-03-14', '2024-03-15']);
    expect(days('EffectiveDate = NEXT_N_DAYS:1')).toEqual(['2024-03-16']);
    expect(days('EffectiveDate = THIS_MONTH')).toEqual(['2024-03-14', '2024-03-15', '2024-03-16']);
    expect(days('EffectiveDate = LAST_MONTH')).toEqual(['2024-02-10']);
    expect(days('EffectiveDate < LAST_MONTH')).toEqual(['2023-12-31']);
    expect(days('EffectiveDate > TODAY')).toEqual(['2024-03-16']);
    expect(days('EffectiveDate != THIS_MONTH')).toEqual(['2023-12-31', '2024-02-10']);
    expect(days('EffectiveDate = LAST_MONTH', Date.UTC(2024, 0, 10))).toEqual(['2023-12-31']);
    expect(days('EffectiveDate >= 2024-03-14 AND EffectiveDate <= 2024-03-15')).toEqual(['2024-03-14', '2024-03-15']);
    expect(days('EffectiveDate = 2024-02-10')).toEqual(['2024-02-10']);
    const accounts = (w: string) => names(`SELECT Name FROM Account WHERE ${w} ORDER BY Name`);
    expect(accounts('CreatedDate = TODAY')).toEqual(['50% Off_Shop', 'Acme Gifts']);
    expect(accounts('CreatedDate = LAST_MONTH')).toEqual(['Quiet Corner']);
    expect(accounts('CreatedDate > 2024-03-10T00:00:00Z')).toEqual(['50% Off_Shop', 'Acme Gifts']);
    expect(accounts('CreatedDate >= 2024-03-10T02:00:00+02:00 AND CreatedDate < 2024-03-15T08:00:00.000Z')).toEqual(['50% Off_Shop', "O'Brien & Sons"]);
    expect(q("SELECT Id FROM OrderItem WHERE Order.EffectiveDate >= 2024-03-01 AND Order.EffectiveDate < THIS_MONTH").totalSize).toBe(0);
    expect(q('SELECT Id FROM OrderItem WHERE Order.EffectiveDate >= 2024-03-01').totalSize).toBe(3);
  });

  it('orders by fields and parent fields, ASC with nulls first and DESC with nulls last unless told', () => {
    const { q, names } = org();
    const numbers = (order: string) => q(`SELECT AccountNumber FROM Account ORDER BY ${order}`).records.map((r) => r.AccountNumber);
    expect(numbers('AccountNumber')).toEqual([null, '050', '100', '200']);
    expect(numbers('AccountNumber DESC')).toEqual(['200', '100', '050', null]);
    expect(numbers('AccountNumber ASC NULLS LAST')).toEqual(['050', '100', '200', null]);
    expect(numbers('AccountNumber DESC NULLS FIRST')).toEqual([null, '200', '100', '050']);
    expect(names('SELECT Name FROM Account ORDER BY name DESC')).toEqual(['Quiet Corner', "O'Brien & Sons", 'Acme Gifts', '50% Off_Shop']);
    const lines = q('SELECT Quantity, Order.EffectiveDate FROM OrderItem ORDER BY Order.EffectiveDate DESC, Quantity').records;
    expect(lines.map((r) => [(r.Order as { EffectiveDate: string }).EffectiveDate, r.Quantity])).toEqual([
      ['2024-03-15', 1],
      ['2024-03-15', 2],
      ['2024-03-14', 3],
      ['2024-02-10', 1],
      ['2024-02-10', 4],
      ['2023-12-31', 1],
      ['2023-12-31', 6],
    ]);
    expect(q('SELECT Quantity FROM OrderItem ORDER BY Product2.Name NULLS LAST, Quantity DESC').records.map((r) => r.Quantity)).toEqual([3, 2, 1, 4, 6, 1, 1]);
  });

  it('applies OFFSET then LIMIT after ordering; totalSize counts what is returned', () => {
    const { q } = org();
    const page = q('SELECT Quantity FROM OrderItem ORDER BY Quantity DESC LIMIT 2 OFFSET 1');
    expect(page.records.map((r) => r.Quantity)).toEqual([4, 3]);
    expect(page.totalSize).toBe(2);
    expect(q('SELECT Id FROM OrderItem LIMIT 3').totalSize).toBe(3);
    expect(q('SELECT Id FROM OrderItem OFFSET 5').totalSize).toBe(2);
    expect(q('SELECT Id FROM OrderItem LIMIT 0').records).toEqual([]);
  });

  it('leaves deleted records out unless includeDeleted (queryAll)', () => {
    const { q, deleted } = org();
    expect(q('SELECT Id FROM OrderItem').totalSize).toBe(7);
    expect(q(`SELECT Id FROM OrderItem WHERE Id = '${deleted}'`).records).toEqual([]);
    const all = q('SELECT Id, IsDeleted FROM OrderItem ORDER BY Quantity DESC', { includeDeleted: true });
    expect(all.totalSize).toBe(8);
    expect(all.records[0]).toMatchObject({ Id: deleted, IsDeleted: true });
    expect(q('SELECT COUNT() FROM OrderItem WHERE IsDeleted = true', { includeDeleted: true }).totalSize).toBe(1);
  });

  it('counts with COUNT(): totalSize, no records', () => {
    const { q, acme } = org();
    expect(q('SELECT COUNT() FROM OrderItem')).toEqual({ totalSize: 7, records: [] });
    expect(q(`select count() from OrderItem where Order.AccountId = '${acme}'`)).toEqual({ totalSize: 3, records: [] });
    expect(q('SELECT COUNT() FROM Account LIMIT 2')).toEqual({ totalSize: 2, records: [] });
    expect(errorOf(() => q('SELECT Id, COUNT() FROM Account')).errorCode).toBe('MALFORMED_QUERY');
  });

  it('aggregates per GROUP BY group: fields by name, aggregates by alias or exprN in select order, ordered by an alias', () => {
    const { q, stand, tea, mug } = org();
    const result = q(
      'SELECT Product2Id, COUNT(Id), SUM(Quantity) total, MAX(Order.EffectiveDate), MIN(UnitPrice), AVG(Quantity), COUNT_DISTINCT(Order.AccountId) FROM OrderItem GROUP BY Product2Id ORDER BY total DESC',
    );
    expect(result.totalSize).toBe(4);
    const row = (Product2Id: string | null, expr0: number, total: number, expr1: string, expr2: number, expr3: number, expr4: number) => ({ attributes: { type: 'AggregateResult' }, Product2Id, expr0, total, expr1, expr2, expr3, expr4 });
    expect(result.records).toEqual([row(tea, 2, 7, '2024-03-15', 4, 3.5, 2), row(stand, 3, 6, '2024-03-15', 10, 2, 2), row(mug, 1, 4, '2024-02-10', 2, 4, 1), row(null, 1, 1, '2023-12-31', 1, 1, 1)]);
    expect(Object.keys(result.records[0]!)).toEqual(['attributes', 'Product2Id', 'expr0', 'total', 'expr1', 'expr2', 'expr3', 'expr4']);
  });

  it('groups by a parent field under its last name; ORDER BY an aggregate, a group field; LIMIT on groups', () => {
    const { q, acme, obrien } = org();
    expect(q('SELECT Order.AccountId, COUNT(Id) n, SUM(Quantity) FROM OrderItem GROUP BY Order.AccountId ORDER BY n DESC').records).toEqual([
      { attributes: { type: 'AggregateResult' }, AccountId: obrien, n: 4, expr0: 12 },
      { attributes: { type: 'AggregateResult' }, AccountId: acme, n: 3, expr0: 6 },
    ]);
    expect(q('SELECT Order.AccountId, SUM(Quantity) FROM OrderItem GROUP BY Order.AccountId ORDER BY SUM(Quantity) LIMIT 1').records).toEqual([{ attributes: { type: 'AggregateResult' }, AccountId: acme, expr0: 6 }]);
    const families = q("SELECT Product2.Family, COUNT(Id) FROM OrderItem WHERE Product2Id != null GROUP BY Product2.Family ORDER BY Product2.Family DESC").records;
    expect(families.map((r) => [r.Family, r.expr0])).toEqual([['Kitchen', 4], [null, 2]]);
    const byDate = q(`SELECT Order.EffectiveDate d, MAX(Quantity) FROM OrderItem WHERE Order.AccountId = '${acme}' GROUP BY Order.EffectiveDate ORDER BY d`).records;
    expect(byDate.map((r) => [r.d, r.expr0])).toEqual([['2024-03-14', 3], ['2024-03-15', 2]]);
  });

  it('aggregates without GROUP BY into one record, even over no rows; rejects ungrouped fields', () => {
    const { q } = org();
    expect(q('SELECT COUNT(Id), SUM(Quantity), MAX(Order.EffectiveDate) FROM OrderItem WHERE Quantity > 2').records).toEqual([{ attributes: { type: 'AggregateResult' }, expr0: 3, expr1: 13, expr2: '2024-03-14' }]);
    expect(q('SELECT COUNT(Id), SUM(Quantity) FROM OrderItem WHERE Quantity > 1000')).toEqual({ totalSize: 1, records: [{ attributes: { type: 'AggregateResult' }, expr0: 0, expr1: null }] });
    expect(errorOf(() => q('SELECT Quantity, COUNT(Id) FROM OrderItem GROUP BY Product2Id')).errorCode).toBe('MALFORMED_QUERY');
    expect(errorOf(() => q('SELECT SUM(Name) FROM Account')).errorCode).toBe('INVALID_FIELD');
  });

  it('accepts WITH USER_MODE', () => {
    const { q } = org();
    expect(q("SELECT Id FROM Account WHERE Name LIKE 'a%' WITH USER_MODE ORDER BY Name LIMIT 5").totalSize).toBe(1);
  });
});
