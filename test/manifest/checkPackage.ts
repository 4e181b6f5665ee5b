import { checkCustomMetadata } from './checkCustomMetadata.js';
import { checkPackageSettings } from './checkPackageSettings.js';
import { checkPermissionSets } from './checkPermissionSets.js';
import { checkReports } from './checkReports.js';
import { loadPackageSource } from './loadPackageSource.js';

/**
 * Every offline check of an SFDX project's metadata against what Salesforce accepts and what the
 * product needs (reports, permission sets, custom metadata records, sharing, tab, custom
 * permission, scratch definition). Gives the problems, each naming the file and the element;
 * none for a sound package.
 */
export function checkPackage(project: string): string[] {
  const pkg = loadPackageSource(project);
  return [...checkReports(pkg), ...checkPermissionSets(pkg), ...checkCustomMetadata(pkg), ...checkPackageSettings(pkg)];
}
