import { describe, expect, it } from 'vitest';
import { OrgStore } from './OrgStore.js';
import { seedOrg, smallSeed } from './seed/index.js';

function store() {
  const s = new OrgStore();
  const ids = seedOrg(s, smallSeed());
  const propose = (key: string) => s.create('OO_Proposal__c', { OO_ExternalId__c: key, OO_Account__c: ids.accounts.get('12347'), OO_Status__c: 'accepted' });
  return { s, propose };
}

describe('OrgStore: records by external id, kept in step with every write', () => {
  it('finds a record by its key after creates, updates and deletes; a deleted record’s key is free again', () => {
    const { s, propose } = store();
    const a = propose('k-a');
    expect(s.findByExternalId('OO_Proposal__c', 'OO_ExternalId__c', 'k-a')?.Id).toBe(a.Id);
    const b = propose('k-b');
    expect(s.findByExternalId('oo_proposal__c', 'OO_ExternalId__c', 'k-b')?.Id).toBe(b.Id);
    expect(() => propose('k-a')).toThrow(/duplicate value found: OO_ExternalId__c duplicates value on record with id: /);
    s.update('OO_Proposal__c', a.Id, { OO_ExternalId__c: 'k-a2' });
    expect(s.findByExternalId('OO_Proposal__c', 'OO_ExternalId__c', 'k-a')).toBeUndefined();
    expect(s.findByExternalId('OO_Proposal__c', 'OO_ExternalId__c', 'k-a2')?.Id).toBe(a.Id);
    s.delete('OO_Proposal__c', b.Id);
    expect(s.findByExternalId('OO_Proposal__c', 'OO_ExternalId__c', 'k-b')).toBeUndefined();
    expect(propose('k-b').Id).not.toBe(b.Id);
  });

  it('a transaction undone takes its records’ keys back', () => {
    const { s, propose } = store();
    const a = propose('k-a');
    expect(s.findByExternalId('OO_Proposal__c', 'OO_ExternalId__c', 'k-a')?.Id).toBe(a.Id);
    expect(() =>
      s.transaction(() => {
        propose('k-new');
        s.update('OO_Proposal__c', a.Id, { OO_ExternalId__c: 'k-moved' });
        s.delete('OO_Proposal__c', a.Id);
        throw new Error('undo');
      }),
    ).toThrow('undo');
    expect(s.findByExternalId('OO_Proposal__c', 'OO_ExternalId__c', 'k-new')).toBeUndefined();
    expect(s.findByExternalId('OO_Proposal__c', 'OO_ExternalId__c', 'k-moved')).toBeUndefined();
    expect(s.findByExternalId('OO_Proposal__c', 'OO_ExternalId__c', 'k-a')?.Id).toBe(a.Id);
    expect(propose('k-new').OO_ExternalId__c).toBe('k-new');
  });
});
