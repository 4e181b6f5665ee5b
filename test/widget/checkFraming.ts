import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CLASS = 'OO_VisualforceHost';
const METHOD = 'getVisualforceHost';

/**
 * What no org is here to check, read from the SFDX source (`manifest/`): the Apex class the LWC
 * asks for its Visualforce host (the method, `@AuraEnabled(cacheable=true)`, DomainCreator), its
 * Apex test, their metadata, the LWC's import of that very method, the permission sets that let
 * reps and managers call it, and the page passing the nonce, the host and the manager permission,
 * each URL parameter through JSENCODE. Gives one line per problem, naming the file.
 */
export function checkFraming(projectDir: string): string[] {
  const base = join(projectDir, 'force-app', 'main', 'default');
  const problems: string[] = [];
  const read = (path: string): string => {
    const file = join(base, path);
    if (existsSync(file)) return readFileSync(file, 'utf8');
    problems.push(`${path}: missing`);
    return '';
  };
  const apex = stripApexComments(read(`classes/${CLASS}.cls`));
  if (!new RegExp(`@AuraEnabled\\s*\\(\\s*cacheable\\s*=\\s*true\\s*\\)\\s*public\\s+static\\s+String\\s+${METHOD}\\s*\\(\\s*\\)`, 'i').test(apex)) problems.push(`classes/${CLASS}.cls: no @AuraEnabled(cacheable=true) public static String ${METHOD}()`);
  if (!/DomainCreator\.getVisualforceHostname\s*\(/.test(apex)) problems.push(`classes/${CLASS}.cls: does not ask System.DomainCreator.getVisualforceHostname`);
  const test = stripApexComments(read(`classes/${CLASS}Test.cls`));
  if (!/@IsTest\s+(private|public)\s+(with sharing\s+)?class\s+\w+/i.test(test)) problems.push(`classes/${CLASS}Test.cls: not an @IsTest class`);
  if (!test.includes(`${CLASS}.${METHOD}()`) || !/Assert\.areEqual\s*\(\s*System\.DomainCreator\.getVisualforceHostname/.test(test)) problems.push(`classes/${CLASS}Test.cls: does not assert ${METHOD}() against DomainCreator`);
  for (const name of [CLASS, `${CLASS}Test`]) {
    const meta = read(`classes/${name}.cls-meta.xml`);
    if (meta && !/<apiVersion>62\.0<\/apiVersion>/.test(meta)) problems.push(`classes/${name}.cls-meta.xml: apiVersion is not 62.0`);
    if (meta && !/<status>Active<\/status>/.test(meta)) problems.push(`classes/${name}.cls-meta.xml: status is not Active`);
  }
  const lwc = read('lwc/optimalOrderHost/optimalOrderHost.js');
  if (!lwc.includes(`from '@salesforce/apex/${CLASS}.${METHOD}'`)) problems.push(`lwc/optimalOrderHost/optimalOrderHost.js: does not import @salesforce/apex/${CLASS}.${METHOD}`);
  for (const set of ['OO_Rep', 'OO_Manager']) {
    const xml = read(`permissionsets/${set}.permissionset-meta.xml`);
    if (xml && !new RegExp(`<classAccesses>\\s*<apexClass>${CLASS}</apexClass>\\s*<enabled>true</enabled>\\s*</classAccesses>`).test(xml)) problems.push(`permissionsets/${set}.permissionset-meta.xml: no classAccesses enabling ${CLASS}`);
  }
  problems.push(...checkPage(read('pages/OptimalOrder.page')));
  return problems;
}

/** The page's configuration: the host and nonce from the URL, the manager permission from `$Permission`; every URL parameter JSENCODEd. */
function checkPage(page: string): string[] {
  const problems: string[] = [];
  const at = 'pages/OptimalOrder.page';
  if (!page.includes("hostOrigin: '{!JSENCODE($CurrentPage.parameters.host)}'")) problems.push(`${at}: does not pass hostOrigin from the host parameter`);
  if (!page.includes("nonce: '{!JSENCODE($CurrentPage.parameters.nonce)}'")) problems.push(`${at}: does not pass the nonce parameter`);
  if (!/managerView:[^\n]*\$Permission\.OO_ManagerView/.test(page)) problems.push(`${at}: does not pass $Permission.OO_ManagerView as managerView`);
  for (const [expression] of page.matchAll(/\{![^}]*\$CurrentPage\.parameters\.\w+[^}]*\}/g)) {
    if (!/^\{!\s*JSENCODE\(\s*\$CurrentPage\.parameters\.\w+\s*\)\s*\}$/.test(expression)) problems.push(`${at}: ${expression} is not JSENCODE($CurrentPage.parameters.…)`);
  }
  return problems;
}

function stripApexComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}
