import { describe, expect, it } from 'vitest';
import { OrgStore } from '../OrgStore.js';
import { seedOrg, smallSeed } from '../seed/index.js';
import { runQuery } from './runQuery.js';

function org() {
  const store = new OrgStore();
  const ids = seedOrg(store, smallSeed());
  return { store, ids, q: (soql: string, options = {}) => runQuery(store, soql, options) };
}

describe('runQuery', () => {
  it('selects fields and parent fields, nested as Salesforce nests them', () => {
    const { q, ids } = org();
    const [line] = q(`SELECT Quantity, Product2.Name, Order.Account.AccountNumber FROM OrderItem WHERE Order.AccountId = '${ids.accounts.get('12349')}' ORDER BY Order.EffectiveDate LIMIT 1`).records;
    expect(line).toEqual({
      attributes: { type: 'OrderItem', url: expect.stringMatching(/^\/services\/data\/v62\.0\/sobjects\/OrderItem\/802/) },
      Quantity: 1,
      Product2: { attributes: { type: 'Product2', url: expect.any(String) }, Name: 'REGENCY CAKESTAND 3 TIER' },
      Order: { attributes: { type: 'Order', url: expect.any(String) }, Account: { attributes: { type: 'Account', url: expect.any(String) }, AccountNumber: '12349' } },
    });
  });

  it('evaluates AND before OR, parentheses, NOT, IN, LIKE and escaped quotes, case-insensitively', () => {
    const { q } = org();
    const names = (where: string) => q(`SELECT Name FROM Account WHERE ${where} ORDER BY Name`).records.map((r) => r.Name);
    expect(names("AccountNumber = '12347' OR AccountNumber = '12348' AND BillingCountry = 'Spain'")).toEqual(['Acme Gifts Ltd']);
    expect(names("(AccountNumber = '12347' OR AccountNumber = '12348') AND BillingCountry = 'france'")).toEqual(['Bright & "Shiny" Co']);
    expect(names("NOT (BillingCountry IN ('France', 'Spain'))")).toEqual(['Acme Gifts Ltd']);
    expect(names("AccountNumber NOT IN ('12347')")).toEqual(['Bright & "Shiny" Co', 'Quiet Corner']);
    expect(names("Name LIKE '%\\\"shiny\\\"%'")).toEqual(['Bright & "Shiny" Co']);
    expect(names("Name LIKE 'q_iet%'")).toEqual(['Quiet Corner']);
    expect(q("SELECT Name FROM Product2 WHERE Name = 'ASSORTED COLOUR BIRD ORNAMENT & \\'FRIENDS\\''").records).toHaveLength(1);
  });

  it('compares ids on their first 15 characters, dates by day, and date literals against now', () => {
    const { q, ids } = org();
    const acme = ids.accounts.get('12347')!;
    expect(q(`SELECT Id FROM Account WHERE Id = '${acme.slice(0, 15)}'`).records.map((r) => r.Id)).toEqual([acme]);
    expect(q(`SELECT COUNT() FROM Order WHERE EffectiveDate >= 2011-06-01`).totalSize).toBe(2); // ACME's June 6, BRIGHT's June 10
    expect(q(`SELECT COUNT() FROM Order WHERE EffectiveDate = 2011-01-03`).totalSize).toBe(1);
    const now = Date.parse('2011-06-20T10:00:00Z');
    expect(q('SELECT COUNT() FROM Order WHERE EffectiveDate = LAST_N_DAYS:15', { now }).totalSize).toBe(2);
    expect(q('SELECT COUNT() FROM Order WHERE EffectiveDate = THIS_MONTH', { now }).totalSize).toBe(2);
    expect(q('SELECT COUNT() FROM Order WHERE EffectiveDate = LAST_MONTH', { now }).totalSize).toBe(3); // ACME on May 9 and 23, BRIGHT on May 10
  });

  it('orders with nulls first ascending and last descending, then LIMIT and OFFSET', () => {
    const { q, store } = org();
    store.create('Account', { Name: 'No Number' });
    const numbers = (order: string) => q(`SELECT AccountNumber FROM Account ORDER BY ${order}`).records.map((r) => r.AccountNumber);
    expect(numbers('AccountNumber')).toEqual([null, '12347', '12348', '12349']);
    expect(numbers('AccountNumber DESC')).toEqual(['12349', '12348', '12347', null]);
    expect(numbers('AccountNumber NULLS LAST LIMIT 2 OFFSET 1')).toEqual(['12348', '12349']);
  });

  it('counts, groups and aggregates, with aliases and exprN names', () => {
    const { q, ids } = org();
    expect(q('SELECT COUNT() FROM OrderItem')).toEqual({ totalSize: 12 * 2 + 4 + 6 * 3 + 2, records: [] });
    const rows = q('SELECT Product2Id, COUNT(Id), SUM(Quantity) units, COUNT_DISTINCT(Order.AccountId) FROM OrderItem GROUP BY Product2Id ORDER BY SUM(Quantity) DESC LIMIT 2').records;
    expect(rows).toEqual([
      { attributes: { type: 'AggregateResult' }, Product2Id: ids.products.get('85099B'), expr0: 18, units: 12 * 10 + 6 * 20, expr1: 2 },
      { attributes: { type: 'AggregateResult' }, Product2Id: ids.products.get('22386'), expr0: 6, units: 60, expr1: 1 },
    ]);
    expect(q('SELECT MAX(EffectiveDate) latest, MIN(EffectiveDate) FROM Order').records).toEqual([{ attributes: { type: 'AggregateResult' }, latest: '2011-06-10', expr0: '2010-12-05' }]);
  });

  it('sees deleted records only with queryAll', () => {
    const { q, store, ids } = org();
    store.delete('Account', ids.accounts.get('12349')!);
    expect(q('SELECT COUNT() FROM Account').totalSize).toBe(2);
    expect(q('SELECT COUNT() FROM Account', { includeDeleted: true }).totalSize).toBe(3);
  });

  it('answers bad queries with Salesforce’s error codes', () => {
    const { q } = org();
    expect(() => q('SELECT Id FROM Widget__c')).toThrow(expect.objectContaining({ errorCode: 'INVALID_TYPE' }));
    expect(() => q('SELECT Colour FROM Account')).toThrow(expect.objectContaining({ errorCode: 'INVALID_FIELD' }));
    expect(() => q('SELECT Order.Nope FROM OrderItem')).toThrow(expect.objectContaining({ errorCode: 'INVALID_FIELD' }));
    expect(() => q('SELEKT Id FROM Account')).toThrow(expect.objectContaining({ errorCode: 'MALFORMED_QUERY' }));
    expect(q("SELECT Id FROM Account WHERE Name = 'x' WITH USER_MODE").records).toEqual([]);
  });
});
