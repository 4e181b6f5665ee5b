import type { FieldType, GroupByClause, OrderByClause } from '@jetstreamapp/soql-parser-js';
import type { OrgStore, SRecord } from '../OrgStore.js';
import type { UserAccess } from '../UserAccess.js';
import { aggregate } from './aggregate.js';
import { compileWhere } from './compileWhere.js';
import { fieldPath } from './fieldPath.js';
import { keyOf } from './keyOf.js';
import { malformedQuery } from './malformedQuery.js';
import { objectName as objectNameOf } from './objectName.js';
import { orderRows, type SortKey } from './orderRows.js';
import { parseSoql } from './parseSoql.js';
import { selectFields } from './selectFields.js';

/** What a query returns before paging: its records and how many (`COUNT()`: the count, no records). */
export interface QueryResult {
  totalSize: number;
  records: Record<string, unknown>[];
}

/** Options of `runQuery`: deleted records too (`queryAll`), and the time date literals are read against (ms, default now). */
export interface QueryOptions {
  includeDeleted?: boolean;
  now?: number;
  /** The user the query runs as: only the records it sees, parents it cannot see as null (unset: all). */
  access?: UserAccess;
}

/**
 * Runs a SOQL SELECT over the store as Salesforce's REST `query` answers it, before paging:
 * parsed with `@jetstreamapp/soql-parser-js`, checked against the schema (`INVALID_TYPE`,
 * `INVALID_FIELD`, `MALFORMED_QUERY`), WHERE compiled once into a predicate, then ORDER BY,
 * OFFSET and LIMIT; `COUNT()` and GROUP BY aggregates too. With `access`, it runs as that user, as
 * the REST API does: an object the user cannot read is `INVALID_TYPE`, and only the records it
 * sees are returned, counted or aggregated.
 */
export function runQuery(store: OrgStore, soql: string, options: QueryOptions = {}): QueryResult {
  const query = parseSoql(soql);
  const objectName = objectNameOf(store, query.sObject, options.access);
  const access = options.access;
  const seen = access ? (r: SRecord) => access.canRead(objectName, r) : () => true;
  const fields: FieldType[] = query.fields ?? [];
  if (!fields.length) throw malformedQuery(`${soql}\nunexpected token: FROM`);
  const where = compileWhere(store, objectName, query.where, options.now ?? Date.now());
  const groupBy: GroupByClause[] = query.groupBy === undefined ? [] : ([] as GroupByClause[]).concat(query.groupBy);
  const orderBy: OrderByClause[] = query.orderBy === undefined ? [] : ([] as OrderByClause[]).concat(query.orderBy);
  const page = <T>(rows: T[]): T[] => rows.slice(query.offset ?? 0, query.limit === undefined ? undefined : (query.offset ?? 0) + query.limit);

  const isCount = (f: FieldType) => f.type === 'FieldFunctionExpression' && f.functionName?.toUpperCase() === 'COUNT' && !f.parameters?.length;
  if (fields.some(isCount)) {
    if (fields.length > 1 || groupBy.length || orderBy.length) throw malformedQuery('COUNT() must be the only item of the SELECT list, without GROUP BY or ORDER BY');
    let n = 0;
    for (const r of store.records(objectName, options.includeDeleted)) if (where(r) && seen(r)) n++;
    const counted = Math.max(0, Math.min(n - (query.offset ?? 0), query.limit ?? Infinity));
    return { totalSize: counted, records: [] };
  }

  const isAggregate = groupBy.length > 0 || fields.some((f) => f.type === 'FieldFunctionExpression' && f.isAggregateFn);
  const groups = isAggregate ? aggregate(store, objectName, fields, groupBy, orderBy) : undefined;
  const shape = isAggregate ? undefined : selectFields(store, objectName, fields, access);
  const sortKeys = isAggregate ? [] : rowOrder(store, objectName, orderBy);
  const rows: SRecord[] = [];
  for (const r of store.records(objectName, options.includeDeleted)) if (where(r) && seen(r)) rows.push(r);
  const records = groups ? page(groups(rows)) : page(orderRows(rows, sortKeys)).map(shape!);
  return { totalSize: records.length, records };
}

/** The ORDER BY of a plain query: each item a field path (parents too), any case. */
function rowOrder(store: OrgStore, objectName: string, orderBy: OrderByClause[]): SortKey<SRecord>[] {
  return orderBy.map((o) => {
    if (!('field' in o)) throw malformedQuery('ORDER BY an aggregate function needs an aggregate query');
    const path = fieldPath(store, objectName, o.field);
    const k = keyOf(path.field);
    const descending = o.order === 'DESC';
    return { key: (r) => k(path.get(r)), descending, nullsFirst: o.nulls ? o.nulls === 'FIRST' : !descending };
  });
}
