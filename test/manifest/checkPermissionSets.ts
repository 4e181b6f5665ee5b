import { basename } from 'node:path';
import { PACKAGE_COMPONENTS, PACKAGE_OBJECTS } from '../../connector/packageSchema.js';
import { STANDARD_FIELDS, STANDARD_OBJECTS, type PackageSource } from './loadPackageSource.js';
import { children, readXml, text, type Xml } from './readMetadata.js';

/** The account insights: read by reps and managers, written only by the integration user. */
const INSIGHT = PACKAGE_OBJECTS.accountInsight.object;

/** User permissions the package's permission sets may grant (API names). */
const USER_PERMISSIONS = ['ApiEnabled', 'RunReports'];
/** PermissionSetTabSetting visibility values. */
const TAB_VISIBILITIES = ['Available', 'None', 'Visible'];
const FLAGS = ['allowCreate', 'allowRead', 'allowEdit', 'allowDelete', 'viewAllRecords', 'modifyAllRecords'] as const;
type Flag = (typeof FLAGS)[number];
/** What each object permission needs alongside it, as Setup enforces it. */
const IMPLIES: Record<Flag, Flag[]> = {
  allowRead: [],
  allowCreate: ['allowRead'],
  allowEdit: ['allowRead'],
  allowDelete: ['allowRead', 'allowEdit'],
  viewAllRecords: ['allowRead'],
  modifyAllRecords: ['allowRead', 'allowEdit', 'allowDelete', 'viewAllRecords'],
};

/** A grant a permission set must hold: `object:Name:flag,flag`, `class:Name`, `tab:Name:Visibility`, … */
export const REQUIRED_GRANTS: Record<string, string[]> = {
  OO_Rep: [
    'object:Opportunity:allowCreate,allowEdit', 'object:OO_Proposal__c:allowCreate,allowEdit', 'object:OO_ProposalLine__c:allowCreate,allowEdit',
    'object:OO_Promotion__c:allowRead', 'object:Account:allowRead', 'object:Order:allowRead', 'object:Product2:allowRead', 'object:Pricebook2:allowRead',
    'metadataType:OO_BusinessRule__mdt', 'metadataType:OO_EngineSetting__mdt', 'class:OO_VisualforceHost', 'page:OptimalOrder',
    `object:${INSIGHT}:allowRead`,
  ],
  OO_Manager: [
    'object:OO_Proposal__c:viewAllRecords', 'object:OO_ProposalLine__c:allowRead', 'object:OO_Promotion__c:allowRead', 'object:Account:allowRead',
    'object:Order:allowRead', 'object:Product2:allowRead', 'object:Pricebook2:allowRead', 'object:Opportunity:allowRead',
    'metadataType:OO_BusinessRule__mdt', 'metadataType:OO_EngineSetting__mdt', 'customPermission:OO_ManagerView', 'user:RunReports',
    'class:OO_VisualforceHost', 'page:OptimalOrder', `object:${INSIGHT}:allowRead`,
    // Campaigns (issue 16): the manager creates them and their members from the contacts.
    'object:Campaign:allowCreate,allowEdit', 'object:Contact:allowRead',
  ],
  [PACKAGE_COMPONENTS.permissionSets.integration]: [`object:${INSIGHT}:allowCreate,allowEdit`, 'object:Account:viewAllRecords', 'user:ApiEnabled', 'metadataType:OO_EngineSetting__mdt'],
  OO_Admin: ['tab:OO_Promotion__c:Visible', 'object:OO_Promotion__c:allowCreate,allowEdit,allowDelete'],
};

/**
 * The offline check of the permission sets: each references only objects, fields, tabs, Apex
 * classes, pages, custom permissions and custom metadata types the package defines (or the
 * standard objects it uses); object permissions are consistent (Edit needs Read, …); no required
 * field has field permissions; each set holds the grants the product needs (REQUIRED_GRANTS), and
 * only OO_Manager sees every proposal, and only the integration set writes account insights.
 */
export function checkPermissionSets(pkg: PackageSource): string[] {
  const problems: string[] = [];
  for (const file of pkg.files.filter((f) => f.endsWith('.permissionset-meta.xml'))) {
    const xml = readXml(file, 'PermissionSet');
    const name = basename(file, '.permissionset-meta.xml');
    const report = (m: string) => problems.push(`${pkg.where(file)}: ${m}`);
    checkObjects(xml, pkg, report);
    checkFields(xml, pkg, report);
    checkNamedAccess(xml, pkg, report);
    for (const grant of REQUIRED_GRANTS[name] ?? []) if (!holds(xml, grant)) report(`${name} lacks ${grant}`);
    if (name !== 'OO_Manager' && (flag(xml, 'OO_Proposal__c', 'viewAllRecords') || flag(xml, 'OO_Proposal__c', 'modifyAllRecords'))) {
      report(`<objectPermissions> OO_Proposal__c: only OO_Manager may see every proposal (the log is private)`);
    }
    if (name !== PACKAGE_COMPONENTS.permissionSets.integration && (['allowCreate', 'allowEdit', 'allowDelete', 'viewAllRecords', 'modifyAllRecords'] as const).some((f) => flag(xml, INSIGHT, f))) {
      report(`<objectPermissions> ${INSIGHT}: only ${PACKAGE_COMPONENTS.permissionSets.integration} may write insights or see every one (an insight follows its account's sharing)`);
    }
  }
  return problems;
}

function checkObjects(xml: Xml, pkg: PackageSource, report: (m: string) => void): void {
  for (const p of children(xml, 'objectPermissions')) {
    const object = text(p, 'object') ?? '';
    const known = (pkg.objects.get(object)?.file && !object.endsWith('__mdt')) || STANDARD_OBJECTS.includes(object);
    if (!known) report(`<objectPermissions> <object>${object}</object> is not a custom object of the package nor a standard object it uses`);
    for (const f of FLAGS) {
      if (text(p, f) !== 'true') continue;
      for (const needed of IMPLIES[f]) if (text(p, needed) !== 'true') report(`<objectPermissions> ${object}: ${f} needs ${needed}`);
    }
  }
}

function checkFields(xml: Xml, pkg: PackageSource, report: (m: string) => void): void {
  for (const p of children(xml, 'fieldPermissions')) {
    const ref = text(p, 'field') ?? '';
    const [object = '', field = ''] = ref.split('.');
    const def = pkg.objects.get(object)?.fields.get(field);
    if (!def || STANDARD_FIELDS.includes(def)) report(`<fieldPermissions> <field>${ref}</field> is not a custom field of the package`);
    else if (def.required || def.type === 'MasterDetail') report(`<fieldPermissions> ${ref} is required: a required field cannot have field permissions`);
    if (text(p, 'editable') === 'true' && text(p, 'readable') !== 'true') report(`<fieldPermissions> ${ref}: editable needs readable`);
    // A campaign member has no object permission of its own: its access is its campaign's (Salesforce).
    const accessObject = object === 'CampaignMember' ? 'Campaign' : object;
    if (!flag(xml, accessObject, 'allowRead')) report(`<fieldPermissions> ${ref}: the permission set gives no read access to ${accessObject}`);
  }
}

function checkNamedAccess(xml: Xml, pkg: PackageSource, report: (m: string) => void): void {
  const check = (element: string, key: string, known: (n: string) => boolean, what: string) => {
    for (const p of children(xml, element)) {
      const name = text(p, key) ?? '';
      if (!known(name)) report(`<${element}> <${key}>${name}</${key}> is not ${what}`);
    }
  };
  check('classAccesses', 'apexClass', (n) => pkg.names.classes.has(n), 'an Apex class of the package (classes/)');
  check('pageAccesses', 'apexPage', (n) => pkg.names.pages.has(n), 'a Visualforce page of the package (pages/)');
  check('customPermissions', 'name', (n) => pkg.names.customPermissions.has(n), 'a custom permission of the package (customPermissions/)');
  check('customMetadataTypeAccesses', 'name', (n) => n.endsWith('__mdt') && pkg.objects.has(n), 'a custom metadata type of the package');
  check('tabSettings', 'tab', (n) => pkg.names.tabs.has(n), 'a tab of the package (tabs/)');
  check('tabSettings', 'visibility', (v) => TAB_VISIBILITIES.includes(v), `a tab visibility (${TAB_VISIBILITIES.join(', ')})`);
  check('userPermissions', 'name', (n) => USER_PERMISSIONS.includes(n), `a user permission the package grants (${USER_PERMISSIONS.join(', ')})`);
}

function flag(xml: Xml, object: string, f: Flag): boolean {
  return children(xml, 'objectPermissions').some((p) => text(p, 'object') === object && text(p, f) === 'true');
}

function holds(xml: Xml, grant: string): boolean {
  const [kind, name, detail] = grant.split(':') as [string, string, string | undefined];
  const enabled = (element: string, key: string) => children(xml, element).some((p) => text(p, key) === name && text(p, 'enabled') === 'true');
  switch (kind) {
    case 'object': return (detail ?? 'allowRead').split(',').every((f) => flag(xml, name, f as Flag));
    case 'class': return enabled('classAccesses', 'apexClass');
    case 'page': return enabled('pageAccesses', 'apexPage');
    case 'metadataType': return enabled('customMetadataTypeAccesses', 'name');
    case 'customPermission': return enabled('customPermissions', 'name');
    case 'user': return enabled('userPermissions', 'name');
    case 'tab': return children(xml, 'tabSettings').some((p) => text(p, 'tab') === name && text(p, 'visibility') === detail);
    default: throw new Error(`unknown grant ${grant}`);
  }
}
