import type { Condition, LiteralType } from '@jetstreamapp/soql-parser-js';
import { FakeOrgError } from '../FakeOrgError.js';
import type { OrgStore, SRecord } from '../OrgStore.js';
import { fieldPath } from './fieldPath.js';
import { keyOf, type Key } from './keyOf.js';
import { likeMatcher } from './likeMatcher.js';
import { literal, type Literal } from './literal.js';
import { malformedQuery } from './malformedQuery.js';

/** A compiled test on a record of the query's object. */
export type Predicate = (record: SRecord) => boolean;

const TEXT = new Set(['string', 'textarea', 'picklist']);

/**
 * One WHERE condition (`Order.AccountId = '001…'`, `Quantity IN (1, 2)`, `Name LIKE 'a%'`) as a
 * predicate: field path, literals and LIKE pattern resolved once. As in SOQL, a null field only
 * passes `= null`, `!=`/`<>` a value and `NOT IN`; a date literal is a range of days.
 */
export function compileCondition(store: OrgStore, objectName: string, condition: Condition, now: number): Predicate {
  const c = condition as Partial<{ field: string; fn: unknown; operator: string; value: string | string[]; literalType: LiteralType | LiteralType[]; valueQuery: unknown }>;
  if (c.fn) throw malformedQuery('functions in WHERE are not supported by the fake org');
  if (c.valueQuery) throw malformedQuery('semi-join subqueries are not supported by the fake org');
  if (!c.field || !c.operator || c.value === undefined) throw malformedQuery('unexpected condition in WHERE');
  const path = fieldPath(store, objectName, c.field);
  const get = path.get;
  const op = c.operator.toUpperCase();
  const values = Array.isArray(c.value) ? c.value : [c.value];
  const types = values.map((_, i) => (Array.isArray(c.literalType) ? c.literalType[i] : c.literalType) ?? 'STRING');

  if (op === 'LIKE') {
    if (!TEXT.has(path.field.type)) throw new FakeOrgError('INVALID_FIELD', `invalid operator on ${path.field.type} field: LIKE (${c.field})`, 400);
    if (types[0] !== 'STRING') throw new FakeOrgError('INVALID_FIELD', `value of filter criterion for field '${c.field}' must be of type string and should be enclosed in quotes`, 400);
    const matches = likeMatcher(values[0]!);
    return (r) => {
      const v = get(r);
      return v !== null && matches(String(v));
    };
  }
  const literals = values.map((v, i) => literal(path.field, c.field!, v, types[i]!, now));
  const key = keyOf(path.field);
  if (op === 'IN' || op === 'NOT IN') {
    const has = membership(literals);
    return op === 'IN' ? (r) => has(key(get(r))) : (r) => !has(key(get(r)));
  }
  if (literals.length !== 1) throw malformedQuery(`unexpected list after ${op}`);
  const test = comparison(op, literals[0]!);
  return (r) => test(key(get(r)));
}

/** Whether a key equals one of the list's literals (a date literal: falls in its range). */
function membership(literals: Literal[]): (k: Key) => boolean {
  if (literals.every((l) => l.kind === 'key')) {
    const keys = new Set(literals.map((l) => (l as { key: Key }).key));
    return (k) => keys.has(k);
  }
  const tests = literals.map((l) => comparison('=', l));
  return (k) => tests.some((t) => t(k));
}

/** A comparison of a field's key against one literal. */
function comparison(op: string, l: Literal): (k: Key) => boolean {
  if (l.kind === 'range') {
    const { start, end } = l;
    switch (op) {
      case '=':
        return (k) => k !== null && k >= start && k < end;
      case '!=':
      case '<>':
        return (k) => k === null || k < start || k >= end;
      case '<':
        return (k) => k !== null && k < start;
      case '<=':
        return (k) => k !== null && k < end;
      case '>':
        return (k) => k !== null && k >= end;
      case '>=':
        return (k) => k !== null && k >= start;
    }
  } else {
    const v = l.key;
    if (v === null) {
      if (op === '=') return (k) => k === null;
      if (op === '!=' || op === '<>') return (k) => k !== null;
      throw malformedQuery(`null can only be compared with = or !=`);
    }
    switch (op) {
      case '=':
        return (k) => k === v;
      case '!=':
      case '<>':
        return (k) => k !== v;
      case '<':
        return (k) => k !== null && k < v;
      case '<=':
        return (k) => k !== null && k <= v;
      case '>':
        return (k) => k !== null && k > v;
      case '>=':
        return (k) => k !== null && k >= v;
    }
  }
  throw malformedQuery(`operator ${op} is not supported by the fake org`);
}
