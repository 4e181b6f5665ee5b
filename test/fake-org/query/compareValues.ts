import type { FieldSchema } from '../schema.js';

/** A field's value as a comparable key: ms for dates and datetimes, lower case for text, 15 characters for ids. */
export function comparable(field: FieldSchema, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'date':
      return Date.parse(String(value) + 'T00:00:00Z');
    case 'datetime':
      return Date.parse(String(value).replace(/\+0000$/, 'Z'));
    case 'id':
    case 'reference':
      return String(value).slice(0, 15);
    case 'double':
    case 'currency':
    case 'percent':
    case 'int':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    default:
      return String(value).toLowerCase();
  }
}

/** Orders two comparable keys (numbers numerically, text by code unit); nulls are handled by the caller. */
export function compareKeys(a: string | number | boolean, b: string | number | boolean): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a date field's day `key` (ms) stands in `op` to the range [start, end). */
export function inRange(op: string, key: number, start: number, end: number): boolean {
  switch (op) {
    case '=':
      return key >= start && key < end;
    case '!=':
    case '<>':
      return !(key >= start && key < end);
    case '<':
      return key < start;
    case '<=':
      return key < end;
    case '>':
      return key >= end;
    case '>=':
      return key >= start;
    default:
      return false;
  }
}

