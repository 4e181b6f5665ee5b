import { describe, expect, it } from 'vitest';
import { contains, soql, SoqlDate, soqlName } from './soql.js';

describe('soql', () => {
  it('binds every value as a literal: quotes, backslashes and control characters escaped', () => {
    const name = "O'Brien \\ Sons\n' OR Name != '";
    expect(soql`SELECT Id FROM Account WHERE Name = ${name}`.text).toBe("SELECT Id FROM Account WHERE Name = 'O\\'Brien \\\\ Sons\\n\\' OR Name != \\''");
  });

  it('binds numbers, booleans, null, dates, datetimes and lists', () => {
    const q = soql`WHERE Q > ${2.5} AND A = ${true} AND B = ${null} AND D = ${new SoqlDate('2011-07-01')} AND T < ${new Date(Date.UTC(2011, 6, 1, 12))} AND P IN ${['a', "b'c"]}`;
    expect(q.text).toBe("WHERE Q > 2.5 AND A = true AND B = null AND D = 2011-07-01 AND T < 2011-07-01T12:00:00Z AND P IN ('a', 'b\\'c')");
  });

  it('refuses what cannot be bound safely', () => {
    expect(() => soql`${Number.NaN}`).toThrow(/not a finite number/);
    expect(() => soql`${[]}`).toThrow(/empty list/);
    expect(() => new SoqlDate('2011-13-45')).toThrow(/not a date/);
    expect(() => soqlName('Name; DELETE')).toThrow(/not a field or object name/);
    expect(soql`SELECT ${soqlName('Order.Account.Name')} FROM ${soqlName('OO_Proposal__c')}`.text).toBe('SELECT Order.Account.Name FROM OO_Proposal__c');
  });

  it('inserts a fragment built by soql as it is, its values already bound', () => {
    const fields = soql`Id, ${soqlName('Order.EffectiveDate')}`;
    expect(soql`SELECT ${fields} FROM OrderItem WHERE Quantity > ${1}`.text).toBe('SELECT Id, Order.EffectiveDate FROM OrderItem WHERE Quantity > 1');
  });

  it('makes a LIKE pattern that matches the text literally, wildcards included', () => {
    expect(soql`WHERE Name LIKE ${contains("50%_off's")}`.text).toBe("WHERE Name LIKE '%50\\%\\_off\\'s%'");
  });
});
