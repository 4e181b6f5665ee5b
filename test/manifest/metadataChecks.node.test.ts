/**
 * The package's metadata checks (checkPackage): the package as it is passes them, and each deploy
 * breaker or missing grant the issue names, made in a broken copy, fails them with a message naming
 * the file and the element.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPackage } from './checkPackage.js';

const project = fileURLToPath(new URL('../../manifest', import.meta.url));
const S = 'force-app/main/default';
let pristine: string;

beforeAll(() => {
  pristine = mkdtempSync(join(tmpdir(), 'oo-metadata-'));
  // The checks read metadata only: the built widget and the LWC stay out of the copies.
  cpSync(project, pristine, { recursive: true, filter: (src) => !/node_modules|staticresources|\/lwc\b/.test(src) });
});
afterAll(() => rmSync(pristine, { recursive: true, force: true }));

/** [what is broken, file in the project, edit (null deletes the file), what the check must say] */
const BROKEN: [string, string, ((xml: string) => string) | null, RegExp][] = [
  ['a grouping named the standard-report way', `${S}/reports/OptimalOrder/Acceptance_by_rep.report-meta.xml`, (x) => x.replace('<field>OO_Proposal__c$CreatedBy</field>', '<field>CUST_CREATED_NAME</field>'), /Acceptance_by_rep\.report-meta\.xml: <groupings> CUST_CREATED_NAME: not a custom report type column/],
  ['a filter column in dot notation', `${S}/reports/OptimalOrder/Accepted_value_by_month.report-meta.xml`, (x) => x.replace('<column>OO_Proposal__c$OO_Status__c</column>', '<column>OO_Proposal__c.OO_Status__c</column>'), /Accepted_value_by_month\.report-meta\.xml: <criteriaItems> OO_Proposal__c\.OO_Status__c: not a custom report type column/],
  ['a line field the report type does not expose', `${S}/reports/OptimalOrder/Removed_lines_by_reason.report-meta.xml`, (x) => x.replace('OO_Lines__r$OO_Kind__c', 'OO_Lines__r$OO_Reason__c'), /Removed_lines_by_reason\.report-meta\.xml: <columns> OO_Proposal__c\.OO_Lines__r\$OO_Reason__c: report type OO_Proposals_with_Lines does not expose OO_Reason__c/],
  ['a line column named by object instead of relationship', `${S}/reports/OptimalOrder/Removed_lines_by_reason.report-meta.xml`, (x) => x.replaceAll('OO_Proposal__c.OO_Lines__r$', 'OO_ProposalLine__c$'), /Removed_lines_by_reason\.report-meta\.xml: <criteriaItems> OO_ProposalLine__c\$OO_Outcome__c: OO_ProposalLine__c is not a table of report type/],
  ['a filter item with columnToValue', `${S}/reports/OptimalOrder/Accepted_value_by_month.report-meta.xml`, (x) => x.replace('<isUnlocked>', '<columnToValue>false</columnToValue>\n            <isUnlocked>'), /Accepted_value_by_month\.report-meta\.xml: <criteriaItems> OO_Proposal__c\$OO_Status__c: <columnToValue> is not an element of a filter item/],
  ['a filter with an unknown operator', `${S}/reports/OptimalOrder/Accepted_value_by_month.report-meta.xml`, (x) => x.replace('<operator>equals</operator>', '<operator>eq</operator>'), /Accepted_value_by_month\.report-meta\.xml: <criteriaItems> OO_Proposal__c\$OO_Status__c: <operator>eq<\/operator> is not one of/],
  ['a value report on the lines report type', `${S}/reports/OptimalOrder/Accepted_value_by_month.report-meta.xml`, (x) => x.replace('<reportType>OO_Proposals__c</reportType>', '<reportType>OO_Proposals_with_Lines__c</reportType>'), /Accepted_value_by_month\.report-meta\.xml: <columns> OO_Proposal__c\$OO_AcceptedValue__c: summed on OO_Proposals_with_Lines, which joins child records/],
  ['a report type joined through a wrong relationship', `${S}/reportTypes/OO_Proposals_with_Lines.reportType-meta.xml`, (x) => x.replace('<relationship>OO_Lines__r</relationship>', '<relationship>Lines__r</relationship>'), /OO_Proposals_with_Lines\.reportType-meta\.xml: <join><relationship>Lines__r<\/relationship>: OO_Proposal__c has no child relationship Lines__r/],
  ['a required long text area', `${S}/objects/OO_BusinessRule__mdt/fields/OO_Definition__c.field-meta.xml`, (x) => x.replace('<type>LongTextArea</type>', '<type>LongTextArea</type>\n    <required>true</required>'), /OO_Definition__c\.field-meta\.xml: <required>true<\/required>: a long text area cannot be required/],
  ['a permission on a field that does not exist', `${S}/permissionsets/OO_Rep.permissionset-meta.xml`, (x) => x.replace('OO_Proposal__c.OO_Segment__c', 'OO_Proposal__c.OO_Segmnt__c'), /OO_Rep\.permissionset-meta\.xml: <fieldPermissions> <field>OO_Proposal__c\.OO_Segmnt__c<\/field> is not a custom field of the package/],
  ['a permission on a required field', `${S}/permissionsets/OO_Manager.permissionset-meta.xml`, (x) => x.replace('OO_Proposal__c.OO_Segment__c', 'OO_Proposal__c.OO_Status__c'), /OO_Manager\.permissionset-meta\.xml: <fieldPermissions> OO_Proposal__c\.OO_Status__c is required/],
  ['a permission on an unknown object', `${S}/permissionsets/OO_Rep.permissionset-meta.xml`, (x) => x.replace('<object>Order</object>', '<object>Orders</object>'), /OO_Rep\.permissionset-meta\.xml: <objectPermissions> <object>Orders<\/object> is not a custom object of the package nor a standard object/],
  ['an unknown tab', `${S}/permissionsets/OO_Admin.permissionset-meta.xml`, (x) => x.replace('<tab>OO_Promotion__c</tab>', '<tab>OO_Promotions__c</tab>'), /OO_Admin\.permissionset-meta\.xml: <tabSettings> <tab>OO_Promotions__c<\/tab> is not a tab of the package/],
  ['an unknown custom permission', `${S}/permissionsets/OO_Manager.permissionset-meta.xml`, (x) => x.replace('<name>OO_ManagerView</name>', '<name>OO_ManagersView</name>'), /OO_Manager\.permissionset-meta\.xml: <customPermissions> <name>OO_ManagersView<\/name> is not a custom permission of the package/],
  ['an unknown custom metadata type', `${S}/permissionsets/OO_Manager.permissionset-meta.xml`, (x) => x.replace('<name>OO_EngineSetting__mdt</name>', '<name>OO_EngineSettings__mdt</name>'), /OO_Manager\.permissionset-meta\.xml: <customMetadataTypeAccesses> <name>OO_EngineSettings__mdt<\/name> is not a custom metadata type of the package/],
  ['an unknown Apex class', `${S}/permissionsets/OO_Rep.permissionset-meta.xml`, (x) => x.replace('<apexClass>OO_VisualforceHost</apexClass>', '<apexClass>OO_VfHost</apexClass>'), /OO_Rep\.permissionset-meta\.xml: <classAccesses> <apexClass>OO_VfHost<\/apexClass> is not an Apex class of the package/],
  ['a rep without Edit on Opportunity', `${S}/permissionsets/OO_Rep.permissionset-meta.xml`, (x) => x.replace(/<allowEdit>true<\/allowEdit>(\s*<allowRead>true<\/allowRead>\s*<modifyAllRecords>false<\/modifyAllRecords>\s*<object>Opportunity<\/object>)/, '<allowEdit>false</allowEdit>$1'), /OO_Rep\.permissionset-meta\.xml: OO_Rep lacks object:Opportunity:allowCreate,allowEdit/],
  ['a rep who sees every proposal', `${S}/permissionsets/OO_Rep.permissionset-meta.xml`, (x) => x.replace(/(<object>OO_Proposal__c<\/object>\s*)<viewAllRecords>false/, '$1<viewAllRecords>true'), /OO_Rep\.permissionset-meta\.xml: <objectPermissions> OO_Proposal__c: only OO_Manager may see every proposal/],
  ['a manager without the manager view', `${S}/permissionsets/OO_Manager.permissionset-meta.xml`, (x) => x.replace(/\s*<customPermissions>[\s\S]*?<\/customPermissions>/, ''), /OO_Manager\.permissionset-meta\.xml: OO_Manager lacks customPermission:OO_ManagerView/],
  ['a setting value of the wrong type', `${S}/customMetadata/OO_EngineSetting.Default.md-meta.xml`, (x) => x.replace('<value xsi:type="xsd:double">30</value>', '<value xsi:type="xsd:string">30</value>'), /OO_EngineSetting\.Default\.md-meta\.xml: <values> OO_CloseDateDays__c: xsi:type="xsd:string" for a Number field/],
  ['a setting value for a field that does not exist', `${S}/customMetadata/OO_EngineSetting.Default.md-meta.xml`, (x) => x.replace('<field>OO_OpportunityStage__c</field>', '<field>OO_Stage__c</field>'), /OO_EngineSetting\.Default\.md-meta\.xml: <values> <field>OO_Stage__c<\/field> is not a field of OO_EngineSetting__mdt/],
  ['a public proposal log', `${S}/objects/OO_Proposal__c/OO_Proposal__c.object-meta.xml`, (x) => x.replace('<sharingModel>Private</sharingModel>', '<sharingModel>ReadWrite</sharingModel>'), /OO_Proposal__c\.object-meta\.xml: <sharingModel>ReadWrite<\/sharingModel> must be Private/],
  ['account insights shared publicly rather than through their account', `${S}/objects/OO_AccountInsight__c/OO_AccountInsight__c.object-meta.xml`, (x) => x.replace('<sharingModel>ControlledByParent</sharingModel>', '<sharingModel>Read</sharingModel>'), /OO_AccountInsight__c\.object-meta\.xml: <sharingModel>Read<\/sharingModel> must be ControlledByParent/],
  ['a rep who may write account insights', `${S}/permissionsets/OO_Rep.permissionset-meta.xml`, (x) => x.replace(/<allowEdit>false<\/allowEdit>(\s*<allowRead>true<\/allowRead>\s*<modifyAllRecords>false<\/modifyAllRecords>\s*<object>OO_AccountInsight__c<\/object>)/, '<allowEdit>true</allowEdit>$1'), /OO_Rep\.permissionset-meta\.xml: <objectPermissions> OO_AccountInsight__c: only OO_Integration may write insights/],
  ['a manager who cannot read account insights', `${S}/permissionsets/OO_Manager.permissionset-meta.xml`, (x) => x.replace('<object>OO_AccountInsight__c</object>', '<object>Account</object>'), /OO_Manager\.permissionset-meta\.xml: OO_Manager lacks object:OO_AccountInsight__c:allowRead/],
  ['a scratch org without Orders', 'config/project-scratch-def.json', (x) => x.replace(/,\s*"orderSettings": \{[^}]*\}/, ''), /config\/project-scratch-def\.json: settings\.orderSettings\.enableOrders must be true/],
  ['no promotions tab', `${S}/tabs/OO_Promotion__c.tab-meta.xml`, null, /tabs\/OO_Promotion__c\.tab-meta\.xml: missing \(a tab for OO_Promotion__c\)/],
  ['a repeated element split by another', `${S}/permissionsets/OO_Rep.permissionset-meta.xml`, (x) => x.replace('</PermissionSet>', '    <classAccesses>\n        <apexClass>OO_VisualforceHost</apexClass>\n        <enabled>true</enabled>\n    </classAccesses>\n</PermissionSet>'), /OO_Rep\.permissionset-meta\.xml: <classAccesses> in <PermissionSet> is split by other elements/],
];

describe('the package metadata checks', () => {
  it('pass on the package as it is', () => {
    expect(checkPackage(project)).toEqual([]);
  });

  it.each(BROKEN)('fail on a copy with %s', (_what, file, edit, message) => {
    const copy = mkdtempSync(join(tmpdir(), 'oo-broken-metadata-'));
    try {
      cpSync(pristine, copy, { recursive: true });
      const path = join(copy, file);
      const before = readFileSync(path, 'utf8');
      if (edit) {
        const after = edit(before);
        expect(after, 'the edit changes the file').not.toBe(before);
        writeFileSync(path, after);
      } else rmSync(path);
      const problems = checkPackage(copy);
      expect(problems.join('\n')).toMatch(message);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
