import { salesforceId } from './salesforceId.js';

/** The checksum characters of an 18-character id, indexed by the 5-bit case pattern of each 5-character chunk. */
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The 18-character form of a record id (15 or 18 characters): the 15-character id plus Salesforce's
 * case-checksum (one character per 5, its bit i set when character i is an upper-case letter).
 * Keys written by one side and read by another (`OO_AccountKey__c`) always use this form.
 */
export function salesforceId18(id: string, objectName: string): string {
  const id15 = salesforceId(id, objectName).slice(0, 15);
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) if (/[A-Z]/.test(id15[chunk * 5 + i]!)) bits |= 1 << i;
    suffix += SUFFIX[bits];
  }
  return id15 + suffix;
}
