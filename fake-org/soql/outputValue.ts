import type { FieldSchema } from '../schema.js';

/** A stored value as the REST API returns it: null when unset, a checkbox never null (false). */
export function outputValue(field: FieldSchema, value: unknown): unknown {
  if (field.type === 'boolean') return value === true;
  return value ?? null;
}
