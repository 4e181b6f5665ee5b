import type { LiteralType } from '@jetstreamapp/soql-parser-js';
import { FakeOrgError } from '../FakeOrgError.js';
import type { FieldSchema } from '../schema.js';
import { dateLiteral } from './dateLiteral.js';
import type { Key } from './keyOf.js';
import { malformedQuery } from './malformedQuery.js';
import { unescapeString } from './unescapeString.js';

/** A WHERE literal in a field's key space (see `keyOf`): one key (null for NULL), or the `[start, end)` of a date literal. */
export type Literal = { kind: 'key'; key: Key } | { kind: 'range'; start: string | number; end: string | number };

const TEXT = new Set(['string', 'textarea', 'picklist']);
const NUMBER = new Set(['double', 'currency', 'percent', 'int']);
const ID_SHAPE = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;

/**
 * Reads one literal of a condition on `field` as Salesforce does, checking its type against the
 * field's (`INVALID_FIELD` "value of filter criterion … must be of type …" otherwise): strings
 * unescaped (ids checked and cut to 15 characters), numbers, booleans, NULL, dates, datetimes
 * (any offset) and date literals against `now`, UTC.
 */
export function literal(field: FieldSchema, fieldName: string, raw: string, type: LiteralType, now: number): Literal {
  const t = field.type;
  const isId = t === 'id' || t === 'reference';
  const mismatch = () => {
    const quoted = TEXT.has(t) || isId;
    const typeName = t === 'datetime' ? 'dateTime' : t === 'textarea' || t === 'picklist' ? 'string' : t;
    return new FakeOrgError('INVALID_FIELD', `value of filter criterion for field '${fieldName}' must be of type ${typeName} and should ${quoted ? '' : 'not '}be enclosed in quotes`, 400);
  };
  switch (type) {
    case 'NULL':
      return { kind: 'key', key: null };
    case 'STRING': {
      if (!TEXT.has(t) && !isId) throw mismatch();
      const text = unescapeString(raw);
      if (!isId) return { kind: 'key', key: text.toLowerCase() };
      if (!ID_SHAPE.test(text)) throw new FakeOrgError('INVALID_QUERY_FILTER_OPERATOR', `invalid ID field: ${text}`, 400);
      return { kind: 'key', key: text.slice(0, 15) };
    }
    case 'INTEGER':
    case 'DECIMAL':
    case 'INTEGER_WITH_CURRENCY_PREFIX':
    case 'DECIMAL_WITH_CURRENCY_PREFIX':
      if (!NUMBER.has(t)) throw mismatch();
      return { kind: 'key', key: Number(raw.replace(/^[A-Za-z]{3}/, '')) };
    case 'BOOLEAN':
      if (t !== 'boolean') throw mismatch();
      return { kind: 'key', key: raw.toLowerCase() === 'true' };
    case 'DATE':
      if (t !== 'date') throw mismatch();
      return { kind: 'key', key: raw };
    case 'DATETIME': {
      if (t !== 'datetime') throw mismatch();
      const ms = Date.parse(raw);
      if (Number.isNaN(ms)) throw malformedQuery(`invalid datetime: ${raw}`);
      return { kind: 'key', key: ms };
    }
    case 'DATE_LITERAL':
    case 'DATE_N_LITERAL': {
      if (t !== 'date' && t !== 'datetime') throw mismatch();
      const { start, end } = dateLiteral(raw, now);
      if (t === 'date') return { kind: 'range', start, end };
      return { kind: 'range', start: Date.parse(start + 'T00:00:00Z'), end: Date.parse(end + 'T00:00:00Z') };
    }
    default:
      throw malformedQuery(`${raw}: ${type} values are not supported by the fake org`);
  }
}
