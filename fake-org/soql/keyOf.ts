import type { FieldSchema } from '../schema.js';

/** A value reduced to what SOQL compares: text lower-cased, ids on 15 characters, datetimes in ms, null when empty. */
export type Key = string | number | boolean | null;

/**
 * How a field's stored values compare, as one function chosen once per query: text
 * case-insensitively, ids and references on their first 15 characters, numbers as numbers, dates
 * as `YYYY-MM-DD` strings, datetimes as instants, checkboxes as booleans (never null).
 */
export function keyOf(field: FieldSchema): (value: unknown) => Key {
  switch (field.type) {
    case 'id':
    case 'reference':
      return (v) => (typeof v === 'string' && v !== '' ? v.slice(0, 15) : null);
    case 'double':
    case 'currency':
    case 'percent':
    case 'int':
      return (v) => (v === null || v === undefined ? null : Number(v));
    case 'boolean':
      return (v) => v === true;
    case 'date':
      return (v) => (typeof v === 'string' ? v : null);
    case 'datetime':
      return (v) => (typeof v === 'string' ? Date.parse(v) : null); // `2011-07-01T00:00:00.000+0000` as stored
    default:
      return (v) => (v === null || v === undefined ? null : String(v).toLowerCase());
  }
}

/** Orders two non-null keys: -1, 0 or 1. */
export function compareKeys(a: Key, b: Key): number {
  return (a as string | number) < (b as string | number) ? -1 : (a as string | number) > (b as string | number) ? 1 : 0;
}
