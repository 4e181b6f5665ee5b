import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { PACKAGE_OBJECTS } from '../../connector/packageSchema.js';
import type { PackageSource } from './loadPackageSource.js';
import { readXml, text } from './readMetadata.js';

/** Objects whose sharing the product relies on: the proposal log is private, its lines follow it. */
const SHARING: Record<string, { sharingModel: string; externalSharingModel: string }> = {
  OO_Proposal__c: { sharingModel: 'Private', externalSharingModel: 'Private' },
  OO_ProposalLine__c: { sharingModel: 'ControlledByParent', externalSharingModel: 'ControlledByParent' },
  // An account's insight: whoever cannot see the account cannot see it.
  [PACKAGE_OBJECTS.accountInsight.object]: { sharingModel: 'ControlledByParent', externalSharingModel: 'ControlledByParent' },
};
/** Custom object tabs the package must have (the admin guide promises one for promotions). */
const TABS = ['OO_Promotion__c'];
/** Custom permissions the page and the widget check, with their labels. */
const CUSTOM_PERMISSIONS: Record<string, string> = { OO_ManagerView: 'Optimal Order manager view' };

/**
 * The offline checks of the package's settings: no long text area is required; the proposal log
 * is Private and its lines ControlledByParent (which needs a master-detail field); the scratch org
 * definition enables Orders; the promised tab and custom permission exist and are well formed; and
 * no metadata file splits a repeated element (Salesforce refuses "duplicated at this location").
 */
export function checkPackageSettings(pkg: PackageSource): string[] {
  return [...checkFields(pkg), ...checkSharing(pkg), ...checkScratchDefinition(pkg), ...checkTabs(pkg), ...checkCustomPermissions(pkg), ...checkGroupedElements(pkg)];
}

function checkFields(pkg: PackageSource): string[] {
  const problems: string[] = [];
  for (const file of pkg.files.filter((f) => f.endsWith('.field-meta.xml'))) {
    const xml = readXml(file, 'CustomField');
    const type = text(xml, 'type');
    if ((type === 'LongTextArea' || type === 'Html') && text(xml, 'required') === 'true') {
      problems.push(`${pkg.where(file)}: <required>true</required>: a long text area cannot be required`);
    }
  }
  return problems;
}

function checkSharing(pkg: PackageSource): string[] {
  const problems: string[] = [];
  for (const object of pkg.objects.values()) {
    if (!object.file || object.name.endsWith('__mdt')) continue;
    const xml = readXml(object.file, 'CustomObject');
    const at = pkg.where(object.file);
    const expected = SHARING[object.name];
    for (const key of ['sharingModel', 'externalSharingModel'] as const) {
      if (expected && text(xml, key) !== expected[key]) problems.push(`${at}: <${key}>${text(xml, key) ?? ''}</${key}> must be ${expected[key]}`);
    }
    const detail = [...object.fields.values()].some((f) => f.type === 'MasterDetail');
    if (detail !== (text(xml, 'sharingModel') === 'ControlledByParent')) {
      problems.push(`${at}: <sharingModel>${text(xml, 'sharingModel') ?? ''}</sharingModel>: ControlledByParent is for, and required of, an object with a master-detail field`);
    }
  }
  for (const name of Object.keys(SHARING)) if (!pkg.objects.get(name)?.file) problems.push(`${name}: the object is missing`);
  return problems;
}

function checkScratchDefinition(pkg: PackageSource): string[] {
  const file = join(pkg.project, 'config/project-scratch-def.json');
  if (!existsSync(file)) return [`${pkg.where(file)}: missing`];
  const definition = JSON.parse(readFileSync(file, 'utf8')) as { settings?: { orderSettings?: { enableOrders?: unknown } } };
  return definition.settings?.orderSettings?.enableOrders === true ? [] : [`${pkg.where(file)}: settings.orderSettings.enableOrders must be true (the connector reads Orders)`];
}

function checkTabs(pkg: PackageSource): string[] {
  const problems: string[] = TABS.filter((t) => !pkg.names.tabs.has(t)).map((t) => `${pkg.where(join(pkg.source, 'tabs', `${t}.tab-meta.xml`))}: missing (a tab for ${t})`);
  for (const file of pkg.files.filter((f) => f.endsWith('.tab-meta.xml'))) {
    const xml = readXml(file, 'CustomTab');
    const name = basename(file, '.tab-meta.xml');
    const at = pkg.where(file);
    if (!/^Custom\d+: \S/.test(text(xml, 'motif') ?? '')) problems.push(`${at}: <motif>${text(xml, 'motif') ?? ''}</motif> is not a tab style such as "Custom45: Ticket"`);
    if (text(xml, 'customObject') === 'true') {
      if (!pkg.objects.get(name)?.file) problems.push(`${at}: <customObject>true</customObject> but ${name} is not a custom object of the package`);
      if (text(xml, 'label') !== undefined) problems.push(`${at}: <label>: an object tab takes its label from the object`);
    }
  }
  return problems;
}

function checkCustomPermissions(pkg: PackageSource): string[] {
  const problems: string[] = [];
  for (const [name, label] of Object.entries(CUSTOM_PERMISSIONS)) {
    const file = join(pkg.source, 'customPermissions', `${name}.customPermission-meta.xml`);
    if (!existsSync(file)) {
      problems.push(`${pkg.where(file)}: missing (custom permission ${name})`);
      continue;
    }
    const xml = readXml(file, 'CustomPermission');
    if (text(xml, 'label') !== label) problems.push(`${pkg.where(file)}: <label> must be "${label}"`);
    if (text(xml, 'isLicensed') === undefined) problems.push(`${pkg.where(file)}: <isLicensed> is required`);
  }
  return problems;
}

type Ordered = Record<string, unknown>[];
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: true });

function checkGroupedElements(pkg: PackageSource): string[] {
  const problems: string[] = [];
  const visit = (nodes: Ordered, path: string, at: string) => {
    const names = nodes.map((n) => Object.keys(n).find((k) => k !== ':@')!).filter((n) => n !== '#text' && n !== '?xml');
    names.forEach((n, i) => {
      if (i > 0 && names[i - 1] !== n && names.slice(0, i - 1).includes(n)) problems.push(`${at}: <${n}> in <${path}> is split by other elements; keep repeated elements together`);
    });
    for (const node of nodes) for (const [k, v] of Object.entries(node)) if (k !== ':@' && Array.isArray(v)) visit(v as Ordered, k, at);
  };
  for (const file of pkg.files.filter((f) => f.endsWith('-meta.xml'))) visit(ordered.parse(readFileSync(file, 'utf8')) as Ordered, 'document', pkg.where(file));
  return [...new Set(problems)];
}
