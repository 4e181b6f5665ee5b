import { describe, expect, it } from 'vitest';
import { checkCompositeLimits, isQueryOrCollection } from './compositeLimits.js';
import { queryUrl } from './compositeRead.js';
import { compositeRef, soql } from './soql.js';

const query = (referenceId: string) => ({ referenceId, url: '/services/data/v62.0/query?q=SELECT+Id+FROM+Account' });
const record = (referenceId: string) => ({ referenceId, url: '/services/data/v62.0/sobjects/Account/001000000000001AAA?fields=Name' });

describe('checkCompositeLimits', () => {
  it('counts queries, queryAll and collections, not record reads or writes', () => {
    expect(['/services/data/v62.0/query?q=x', '/services/data/v62.0/queryAll?q=x', '/services/data/v62.0/query/01g-2000', '/services/data/v62.0/composite/sobjects'].map(isQueryOrCollection)).toEqual([true, true, true, true]);
    expect(['/services/data/v62.0/sobjects/Account/001x', '/services/data/v62.0/sobjects/Opportunity/describe', '/services/data/v62.0/sobjects/query'].map(isQueryOrCollection)).toEqual([false, false, false]);
  });

  it('lets 5 queries and more record reads through; refuses a sixth query, naming them', () => {
    expect(() => checkCompositeLimits([...['a', 'b', 'c', 'd', 'e'].map(query), record('f'), record('g')])).not.toThrow();
    expect(() => checkCompositeLimits(['a', 'b', 'c', 'd', 'e', 'f'].map(query))).toThrow(/6 queries or collections \(a, b, c, d, e, f\), at most 5/);
  });

  it('refuses 26 subrequests and a collection of 201 records', () => {
    expect(() => checkCompositeLimits(Array.from({ length: 26 }, (_, i) => record(`r${i}`)))).toThrow(/26 subrequests, at most 25/);
    const collection = (n: number) => ({ referenceId: 'lines0', url: '/services/data/v62.0/composite/sobjects', body: { records: new Array(n).fill({}) } });
    expect(() => checkCompositeLimits([collection(200)])).not.toThrow();
    expect(() => checkCompositeLimits([collection(201)])).toThrow(/collection lines0 holds 201 records, at most 200/);
  });
});

describe('queryUrl', () => {
  it('encodes the query and leaves a reference for Salesforce to fill in', () => {
    const url = queryUrl('62.0', soql`SELECT Id FROM ContentVersion WHERE ContentDocumentId = ${compositeRef('setting.records[0].OO_ModelDocumentId__c')} AND Title = ${"it's"}`);
    expect(url).toBe(`/services/data/v62.0/query?q=SELECT%20Id%20FROM%20ContentVersion%20WHERE%20ContentDocumentId%20%3D%20'@{setting.records[0].OO_ModelDocumentId__c}'%20AND%20Title%20%3D%20'it%5C's'`);
    expect(() => compositeRef("x'} OR Id != '")).toThrow(/not a Composite reference/);
  });
});
