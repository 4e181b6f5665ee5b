import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTROL_STATUS, PROPOSAL_STATUSES } from '../../connector/index.js';
import { SCHEMA } from '../../fake-org/schema.js';

const FIELD = join(import.meta.dirname, '../../manifest/force-app/main/default/objects/OO_Proposal__c/fields/OO_Status__c.field-meta.xml');

/** What is wrong between a copy of the package's OO_Status__c and the statuses the connector writes and the fake org takes, in words. */
function statusProblems(file: string): string[] {
  const xml = readFileSync(file, 'utf8');
  const values = [...xml.matchAll(/<value>\s*<fullName>([^<]+)<\/fullName>/g)].map((m) => m[1]!);
  const fake = SCHEMA.find((o) => o.name === 'OO_Proposal__c')!.fields.find((f) => f.name === 'OO_Status__c')!.values ?? [];
  const problems: string[] = [];
  if (!/<restricted>true<\/restricted>/.test(xml)) problems.push(`${file}: OO_Status__c must be a restricted picklist`);
  // The four ends of a proposal, and the comparison group's visits (no proposal).
  const written: readonly string[] = [...PROPOSAL_STATUSES, CONTROL_STATUS];
  for (const s of written) if (!values.includes(s)) problems.push(`${file}: OO_Status__c lacks the value '${s}' the connector writes`);
  for (const v of values) if (!written.includes(v)) problems.push(`${file}: OO_Status__c has '${v}', which the connector never writes`);
  if (JSON.stringify([...fake]) !== JSON.stringify(values)) problems.push(`the fake org's OO_Status__c values (${fake.join(', ')}) differ from the package's (${values.join(', ')})`);
  return problems;
}

describe('the proposal statuses', () => {
  it('are the same in the package, the connector and the fake org: accepted, declined, not-reached, call-back, and control (a comparison-group visit)', () => {
    expect(PROPOSAL_STATUSES).toEqual(['accepted', 'declined', 'not-reached', 'call-back']);
    expect(CONTROL_STATUS).toBe('control');
    expect(statusProblems(FIELD)).toEqual([]);
  });

  it('fail on a broken copy: a value missing, one the connector does not write', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'oo-status-')), 'OO_Status__c.field-meta.xml');
    copyFileSync(FIELD, copy);
    writeFileSync(copy, readFileSync(copy, 'utf8').replace(/<fullName>call-back<\/fullName>/, '<fullName>callback</fullName>'));
    expect(statusProblems(copy)).toEqual([
      `${copy}: OO_Status__c lacks the value 'call-back' the connector writes`,
      `${copy}: OO_Status__c has 'callback', which the connector never writes`,
      expect.stringContaining("the fake org's OO_Status__c values"),
    ]);
  });
});
