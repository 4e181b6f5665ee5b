import { ConnectorError } from './ConnectorError.js';

/**
 * Checks that `id` is shaped like a Salesforce record id (15 or 18 letters and digits) before it
 * goes into a query, so a typo or a pasted name fails here, naming the record and the field,
 * instead of costing a request that Salesforce answers with "invalid ID field".
 */
export function salesforceId(id: string, objectName: string): string {
  if (!/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(id)) {
    throw new ConnectorError('INVALID_ID', `"${id}" is not a Salesforce ${objectName} id (15 or 18 letters and digits)`, { record: id, field: `${objectName}.Id` });
  }
  return id;
}
