import type { FieldFunctionExpression, FieldType, GroupByClause, OrderByClause } from '@jetstreamapp/soql-parser-js';
import { FakeOrgError } from '../FakeOrgError.js';
import type { OrgStore, SRecord } from '../OrgStore.js';
import { fieldPath, type FieldPath } from './fieldPath.js';
import { compareKeys, keyOf, type Key } from './keyOf.js';
import { malformedQuery } from './malformedQuery.js';
import { orderRows, type SortKey } from './orderRows.js';
import { outputValue } from './outputValue.js';

/** A group of rows and the AggregateResult record made of it. */
interface Group {
  members: SRecord[];
  out: Record<string, unknown>;
}

/** A select item of an aggregate query: its output name, its value for a group's rows, and that value's key for ORDER BY. */
interface Column {
  name: string;
  value: (members: SRecord[]) => unknown;
  key: (value: unknown) => Key;
  /** How ORDER BY names it: the alias or `exprN`, or a grouped field's path. */
  ref: string;
}

const NUMBER = new Set(['double', 'currency', 'percent', 'int']);

/**
 * An aggregate query over the rows that passed WHERE, as Salesforce answers it: one
 * `AggregateResult` record per GROUP BY group (first-seen order), grouped fields under their last
 * name (`Order.AccountId` → `AccountId`) or alias, aggregates (COUNT, COUNT_DISTINCT, SUM, AVG,
 * MIN, MAX) under their alias or `exprN` (numbered over the unaliased ones, in select order).
 * Without GROUP BY, one record even over no rows. ORDER BY (an alias, a grouped field or an
 * aggregate) sorts the groups.
 */
export function aggregate(
  store: OrgStore,
  objectName: string,
  fields: FieldType[],
  groupBy: GroupByClause[],
  orderBy: OrderByClause[],
): (rows: SRecord[]) => Record<string, unknown>[] {
  const groups = groupBy.map((g) => {
    if (!('field' in g)) throw malformedQuery('GROUP BY a function is not supported by the fake org');
    return fieldPath(store, objectName, g.field);
  });
  const grouped = (path: FieldPath, raw: string) => {
    if (!groups.some((g) => g.name === path.name)) throw malformedQuery(`Field must be grouped or aggregated: ${raw}`);
  };
  let unnamed = 0;
  const columns: Column[] = fields.map((f) => {
    if (f.type === 'Field' || f.type === 'FieldRelationship') {
      const raw = f.type === 'Field' ? f.field : [...f.relationships, f.field].join('.');
      const path = fieldPath(store, objectName, raw);
      grouped(path, raw);
      const alias = 'alias' in f ? f.alias : undefined;
      return { name: alias ?? path.field.name, ref: alias ?? path.name, value: (m) => outputValue(path.field, path.get(m[0]!)), key: keyOf(path.field) };
    }
    if (f.type !== 'FieldFunctionExpression' || !f.isAggregateFn) throw malformedQuery(`${f.type === 'FieldFunctionExpression' ? f.functionName : f.type} in SELECT is not supported by the fake org`);
    const name = f.alias ?? `expr${unnamed++}`;
    return { name, ref: name, ...aggregateFunction(store, objectName, f) };
  });

  const sortKeys: SortKey<Group>[] = orderBy.map((o) => {
    let key: (g: Group) => Key;
    if ('fn' in o) {
      const fn = aggregateFunction(store, objectName, o.fn as FieldFunctionExpression);
      key = (g) => fn.key(fn.value(g.members));
    } else {
      const column = columns.find((c) => c.ref.toLowerCase() === o.field.toLowerCase());
      if (column) key = (g) => column.key(g.out[column.name]);
      else {
        const path = fieldPath(store, objectName, o.field);
        grouped(path, o.field);
        const k = keyOf(path.field);
        key = (g) => k(path.get(g.members[0]!));
      }
    }
    const descending = o.order === 'DESC';
    return { key, descending, nullsFirst: o.nulls ? o.nulls === 'FIRST' : !descending };
  });

  const groupKeys = groups.map((g) => {
    const k = keyOf(g.field);
    return (r: SRecord) => k(g.get(r));
  });
  return (rows) => {
    const byKey = new Map<unknown, SRecord[]>();
    for (const r of rows) {
      const key = groupKeys.length === 1 ? groupKeys[0]!(r) : JSON.stringify(groupKeys.map((k) => k(r)));
      const members = byKey.get(key);
      if (members) members.push(r);
      else byKey.set(key, [r]);
    }
    if (!groups.length && !byKey.size) byKey.set('', []);
    const result: Group[] = [...byKey.values()].map((members) => {
      const out: Record<string, unknown> = { attributes: { type: 'AggregateResult' } };
      for (const c of columns) out[c.name] = c.value(members);
      return { members, out };
    });
    return orderRows(result, sortKeys).map((g) => g.out);
  };
}

/** One aggregate function of a field path: its value over a group's rows and that value's key. */
function aggregateFunction(store: OrgStore, objectName: string, f: FieldFunctionExpression): Pick<Column, 'value' | 'key'> {
  const name = (f.functionName ?? '').toUpperCase();
  const params = f.parameters ?? [];
  if (params.some((p) => typeof p !== 'string')) throw malformedQuery(`nested functions are not supported by the fake org: ${f.rawValue ?? name}`);
  if (name === 'COUNT' && params.length === 0) throw malformedQuery('COUNT() must be the only item of the SELECT list');
  if (params.length !== 1) throw malformedQuery(`${name} takes one field: ${f.rawValue ?? name}`);
  const path = fieldPath(store, objectName, params[0] as string);
  const field = path.field;
  const k = keyOf(field);
  const number = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const present = (members: SRecord[]) => {
    const values: unknown[] = [];
    for (const m of members) {
      const v = path.get(m);
      if (v !== null) values.push(v);
    }
    return values;
  };
  const unsupported = () => new FakeOrgError('INVALID_FIELD', `field ${params[0]} does not support aggregate operator ${name}`, 400);
  switch (name) {
    case 'COUNT':
      return { value: (m) => present(m).length, key: number };
    case 'COUNT_DISTINCT':
      return { value: (m) => new Set(present(m).map(k)).size, key: number };
    case 'SUM':
    case 'AVG':
      if (!NUMBER.has(field.type)) throw unsupported();
      return {
        value: (m) => {
          const values = present(m);
          if (!values.length) return null;
          const sum = values.reduce((s: number, v) => s + Number(v), 0);
          return name === 'SUM' ? sum : sum / values.length;
        },
        key: number,
      };
    case 'MIN':
    case 'MAX':
      if (field.type === 'boolean') throw unsupported();
      return {
        value: (m) => {
          let best: unknown = null;
          let bestKey: Key = null;
          for (const v of present(m)) {
            const vk = k(v);
            if (bestKey === null || (name === 'MIN' ? compareKeys(vk, bestKey) < 0 : compareKeys(vk, bestKey) > 0)) {
              best = v;
              bestKey = vk;
            }
          }
          return best;
        },
        key: k,
      };
    default:
      throw malformedQuery(`aggregate function ${name} is not supported by the fake org`);
  }
}
