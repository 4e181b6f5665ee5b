import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFraming } from './checkFraming.js';

const manifest = fileURLToPath(new URL('../../manifest/', import.meta.url));
const copies: string[] = [];

/** A copy of the SFDX project in a temp dir, one file changed by `edit` (a path under force-app/main/default). */
function brokenCopy(path: string, edit: (text: string) => string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'oo-framing-'));
  copies.push(dir);
  cpSync(join(manifest, 'force-app'), join(dir, 'force-app'), { recursive: true, filter: (src) => !src.includes('staticresources') });
  const file = join(dir, 'force-app', 'main', 'default', path);
  const changed = edit(readFileSync(file, 'utf8'));
  if (changed === null) unlinkSync(file);
  else {
    expect(changed, `the edit of ${path} changed nothing`).not.toBe(readFileSync(file, 'utf8'));
    writeFileSync(file, changed);
  }
  return dir;
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the LWC ↔ Visualforce framing in the package, offline', () => {
  it('holds in the package as it is', () => {
    expect(checkFraming(manifest)).toEqual([]);
  });

  it.each([
    ['classes/OO_VisualforceHost.cls', (t: string) => t.replace('@AuraEnabled(cacheable=true)', '@AuraEnabled'), /no @AuraEnabled\(cacheable=true\) public static String getVisualforceHost\(\)/],
    ['classes/OO_VisualforceHost.cls', (t: string) => t.replace('getVisualforceHost()', 'getHost()'), /no @AuraEnabled/],
    ['classes/OO_VisualforceHost.cls', (t: string) => t.replace('System.DomainCreator.getVisualforceHostname(packageName())', "'acme--c.vf.force.com'"), /does not ask System\.DomainCreator/],
    ['classes/OO_VisualforceHost.cls', () => null, /OO_VisualforceHost\.cls: missing/],
    ['classes/OO_VisualforceHostTest.cls', () => null, /OO_VisualforceHostTest\.cls: missing/],
    ['classes/OO_VisualforceHostTest.cls', (t: string) => t.replace(/Assert\.areEqual\(System\.DomainCreator[^\n]*\n/, ''), /does not assert getVisualforceHost\(\) against DomainCreator/],
    ['classes/OO_VisualforceHost.cls-meta.xml', (t: string) => t.replace('62.0', '58.0'), /apiVersion is not 62\.0/],
    ['lwc/optimalOrderHost/optimalOrderHost.js', (t: string) => t.replace('OO_VisualforceHost.getVisualforceHost', 'OO_VisualforceHost.getHost'), /does not import @salesforce\/apex\/OO_VisualforceHost\.getVisualforceHost/],
    ['permissionsets/OO_Rep.permissionset-meta.xml', (t: string) => t.replace(/<classAccesses>[\s\S]*?<\/classAccesses>\s*/, ''), /OO_Rep\.permissionset-meta\.xml: no classAccesses enabling OO_VisualforceHost/],
    ['pages/OptimalOrder.page', (t: string) => t.replace(/\s*nonce: [^\n]*/, ''), /does not pass the nonce parameter/],
    ['pages/OptimalOrder.page', (t: string) => t.replace(/managerView: [^\n]*/, "managerView: '{!JSENCODE($CurrentPage.parameters.view)}' === 'manager',"), /does not pass \$Permission\.OO_ManagerView/],
    ['pages/OptimalOrder.page', (t: string) => t.replace('{!JSENCODE($CurrentPage.parameters.host)}', '{!$CurrentPage.parameters.host}'), /\{!\$CurrentPage\.parameters\.host\} is not JSENCODE/],
  ])('fails on a copy whose %s is broken (%#)', (path, edit, problem) => {
    const problems = checkFraming(brokenCopy(path, edit));
    expect(problems.join('\n')).toMatch(problem);
  });
});
