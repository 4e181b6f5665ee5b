import { describe, expect, it } from 'vitest';
import { salesforceId18 } from './salesforceId18.js';

describe('salesforceId18', () => {
  it('adds the case checksum to a 15-character id, keeps an 18-character one, refuses a non-id naming it', () => {
    // Salesforce's own example: the upper-case A and V set bits 3 and 1 of their groups.
    expect(salesforceId18('001A0000006Vm9r', 'Account')).toBe('001A0000006Vm9rIAC');
    expect(salesforceId18('001A0000006Vm9rIAC', 'Account')).toBe('001A0000006Vm9rIAC');
    expect(salesforceId18('001a0000006vm9r', 'Account')).toBe('001a0000006vm9rAAA');
    expect(salesforceId18('ZZZZZZZZZZZZZZZ', 'Account')).toBe('ZZZZZZZZZZZZZZZ555');
    expect(() => salesforceId18('Acme', 'Account')).toThrow(/"Acme" is not a Salesforce Account id/);
  });
});
