/**
 * The Salesforce package (manifest/) offline: it converts to a deployable metadata package, its
 * static resource is the current widget build, its object and field names are the connector's,
 * and the checks fail on a broken copy (metadata or LWC).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageObjectFields } from '../../connector/packageSchema.js';
import { SCHEMA } from '../../fake-org/index.js';
import { convertPackage, type ConvertedPackage } from './packageCheck.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const project = join(root, 'manifest');
const source = join(project, 'force-app/main/default');
let converted: ConvertedPackage;

beforeAll(async () => {
  converted = await convertPackage(project, mkdtempSync(join(tmpdir(), 'oo-package-')));
}, 60_000);

describe('the Salesforce package', () => {
  it('converts to a metadata package with the page, the LWC, the objects, rules, permission sets, custom permission, tab, report types, reports and the static resource', () => {
    expect(converted.version).toBe('62.0');
    for (const member of [
      'ApexPage:OptimalOrder',
      'LightningComponentBundle:optimalOrderHost',
      'StaticResource:OptimalOrderWidget',
      'CustomObject:OO_Proposal__c',
      'CustomObject:OO_ProposalLine__c',
      'CustomObject:OO_Promotion__c',
      'CustomObject:OO_BusinessRule__mdt',
      'CustomObject:OO_EngineSetting__mdt',
      'CustomObject:OO_AccountInsight__c',
      'CustomField:OO_AccountInsight__c.OO_Data__c',
      'PermissionSet:OO_Integration',
      'CustomField:Product2.OO_UnitCost__c',
      'CustomMetadata:OO_EngineSetting.Default',
      'PermissionSet:OO_Rep',
      'PermissionSet:OO_Manager',
      'PermissionSet:OO_Admin',
      'ReportType:OO_Proposals',
      'ReportType:OO_Proposals_with_Lines',
      'Report:OptimalOrder/Acceptance_by_rep',
      'Report:OptimalOrder/Accepted_value_by_month',
      'Report:OptimalOrder/Removed_lines_by_reason',
      'CustomTab:OO_Promotion__c',
      'CustomPermission:OO_ManagerView',
      'ApexClass:OO_VisualforceHost',
      'ApexClass:OO_VisualforceHostTest',
    ]) {
      expect(converted.members).toContain(member);
    }
    expect(converted.members.filter((m) => m.startsWith('CustomMetadata:OO_BusinessRule.')).length).toBeGreaterThanOrEqual(3);
    // Jest tests stay out of the package.
    expect(readdirSync(join(converted.directory, 'lwc/optimalOrderHost')).sort()).toEqual(['frameMessages.js', 'optimalOrderHost.html', 'optimalOrderHost.js', 'optimalOrderHost.js-meta.xml']);
  });

  it('ships the current widget build as its static resource: the Salesforce page’s files, byte for byte, no demo', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(converted.directory, 'staticresources/OptimalOrderWidget.resource')));
    const files = Object.keys(zip.files).filter((f) => !zip.files[f]!.dir).sort();
    const manifest = JSON.parse(readFileSync(join(root, 'dist/widget/.vite/manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[]; css?: string[]; assets?: string[] }>;
    const entry = manifest['salesforce.html']!;
    const expected = new Set([entry.file]);
    for (const i of entry.imports ?? []) for (const f of [manifest[i]!.file, ...(manifest[i]!.css ?? []), ...(manifest[i]!.assets ?? [])]) expected.add(f);
    expect(files).toEqual([...expected].sort());
    for (const f of files) expect(Buffer.from(await zip.file(f)!.async('uint8array')).equals(readFileSync(join(root, 'dist/widget', f))), f).toBe(true);
    const page = readFileSync(join(source, 'pages/OptimalOrder.page'), 'utf8');
    for (const [, file] of page.matchAll(/URLFOR\(\$Resource\.OptimalOrderWidget, '([^']+)'\)/g)) expect(files).toContain(file);
    expect(files.join(' ')).not.toMatch(/demo|mockServiceWorker/);
  });

  it('defines every object and field of the connector’s schema module, and only those, with the fake org’s names and types', () => {
    const fieldsOf = (object: string) => readdirSync(join(source, 'objects', object, 'fields')).map((f) => f.replace('.field-meta.xml', ''));
    const objects = packageObjectFields();
    // Every object of the package is in the schema module (Product2 for its one added field).
    expect(objects.map((o) => o.object).sort()).toEqual(readdirSync(join(source, 'objects')).sort());
    expect(objects.length).toBeGreaterThanOrEqual(7);
    // Same names and compatible types in the fake org the tests run against.
    const typeOf: Record<string, string[]> = { Text: ['string'], LongTextArea: ['textarea'], Currency: ['currency'], Number: ['double', 'int'], Percent: ['percent'], Date: ['date'], DateTime: ['datetime'], Checkbox: ['boolean'], Picklist: ['picklist'], Lookup: ['reference'], MasterDetail: ['reference'] };
    for (const { object, fields } of objects) {
      expect(fieldsOf(object).sort(), object).toEqual([...fields].sort());
      const fake = SCHEMA.find((o) => o.name === object);
      expect(fake, `${object} in the fake org`).toBeDefined();
      for (const f of fields) {
        const xml = readFileSync(join(source, 'objects', object, 'fields', `${f}.field-meta.xml`), 'utf8');
        const type = /<type>(\w+)<\/type>/.exec(xml)![1]!;
        const fakeField = fake!.fields.find((x) => x.name === f);
        expect(fakeField, `${object}.${f} in the fake org`).toBeDefined();
        expect(typeOf[type], `${object}.${f}: ${type} against ${fakeField!.type}`).toContain(fakeField!.type);
        if (type === 'MasterDetail') expect(fakeField!.masterDetail, `${object}.${f} is master-detail in the fake org`).toBe(true);
        if (/<externalId>true<\/externalId>/.test(xml)) expect(fakeField!.externalId, `${object}.${f} is an external id in the fake org`).toBe(true);
      }
    }
    // The connector names no package object or field outside the schema module (comments aside).
    for (const file of readdirSync(join(root, 'connector')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'packageSchema.ts')) {
      const code = readFileSync(join(root, 'connector', file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code.match(/(['"`])OO_\w+__(c|mdt|r)\b/g), file).toBeNull();
    }
  });

  it('gives the widget every configuration key the page sets, the session as the API session id', () => {
    const page = readFileSync(join(source, 'pages/OptimalOrder.page'), 'utf8');
    const config = readFileSync(join(root, 'widget/WidgetConfig.ts'), 'utf8');
    const keys = [...page.matchAll(/^\s+(\w+): /gm)].map((m) => m[1]!);
    expect(keys).toEqual(['instanceUrl', 'accessToken', 'accountId', 'view', 'managerView', 'locale', 'currency', 'userName', 'hostOrigin', 'nonce']);
    for (const k of keys) expect(config).toMatch(new RegExp(`\\b${k}\\??:`));
    expect(page).toContain("accessToken: '{!JSENCODE($Api.Session_ID)}'");
    expect(page).toContain('standardController="Account"');
    expect(page).toContain('<apex:slds />');
  });

  it('fails on a broken copy: malformed metadata, and an LWC whose origin check is gone', async () => {
    const copy = mkdtempSync(join(root, 'dist', 'broken-manifest-'));
    try {
      cpSync(project, copy, { recursive: true, filter: (src) => !src.includes('node_modules') });
      const field = join(copy, 'force-app/main/default/objects/OO_Proposal__c/fields/OO_Status__c.field-meta.xml');
      writeFileSync(field, readFileSync(field, 'utf8').replace('</CustomField>', ''));
      await expect(convertPackage(copy, mkdtempSync(join(tmpdir(), 'oo-broken-')))).rejects.toThrow(/OO_Status__c\.field-meta\.xml/);

      // The same LWC tests, on a copy that takes messages from any origin: they must fail.
      writeFileSync(field, readFileSync(join(source, 'objects/OO_Proposal__c/fields/OO_Status__c.field-meta.xml')));
      const lwc = join(copy, 'force-app/main/default/lwc/optimalOrderHost/frameMessages.js');
      writeFileSync(lwc, readFileSync(lwc, 'utf8').replace(' || event.origin !== vfOrigin)', ')'));
      const jest = spawnSync(join(root, 'node_modules/.bin/sfdx-lwc-jest'), [], { cwd: copy, encoding: 'utf8' });
      expect(jest.status).not.toBe(0);
      expect(jest.stderr).toMatch(/ignores a message from another origin/);
      // And the tests pass on the package as it is.
      expect(() => execFileSync(join(root, 'node_modules/.bin/sfdx-lwc-jest'), [], { cwd: project, stdio: 'pipe' })).not.toThrow();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});
