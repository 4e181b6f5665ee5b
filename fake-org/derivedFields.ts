import type { SRecord } from './OrgStore.js';

/**
 * Fields Salesforce computes from a record's own values, set on every insert and update:
 * `OrderItem.TotalPrice` (read-only currency) is Quantity × UnitPrice, to the cent.
 */
export function setDerivedFields(objectName: string, record: SRecord): void {
  if (objectName === 'OrderItem') {
    const total = Number(record.Quantity) * Number(record.UnitPrice);
    record.TotalPrice = Number.isFinite(total) ? Math.round(total * 100) / 100 : null;
  }
}
