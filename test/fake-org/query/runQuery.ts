import { parseQuery } from '@jetstreamapp/soql-parser-js';
import { FAKE_API_VERSION } from '../FakeOrg.js';
import { FakeOrgError } from '../FakeOrgError.js';
import type { OrgStore, SRecord } from '../OrgStore.js';
import { aggregate, type SelectedFunction } from './aggregate.js';
import { comparable, compareKeys } from './compareValues.js';
import { compileWhere } from './compileWhere.js';
import { fieldPath, type FieldPath } from './fieldPath.js';

/** What a query returns before paging: every record, and how many there are (`COUNT()` has no records). */
export interface QueryResult {
  totalSize: number;
  records: Record<string, unknown>[];
}

/** Options of `runQuery`. */
export interface QueryOptions {
  /** `queryAll`: deleted records too. */
  includeDeleted?: boolean;
  /** The time date literals (TODAY, LAST_N_DAYS:n) are read against; default now. */
  now?: number;
}

interface ParsedField {
  type: string;
  field?: string;
  relationships?: string[];
  rawValue?: string;
  functionName?: string;
  parameters?: string[];
  alias?: string;
  isAggregateFn?: boolean;
}

interface ParsedOrder {
  field?: string;
  fn?: { functionName: string; parameters: string[]; rawValue: string };
  order?: 'ASC' | 'DESC';
  nulls?: 'FIRST' | 'LAST';
}

/**
 * Runs a SOQL query over the store as Salesforce's REST `query` does, before paging: parsed with
 * `@jetstreamapp/soql-parser-js`; fields, parent fields (nested as Salesforce nests them), WHERE,
 * ORDER BY (nulls first ascending, last descending), LIMIT, OFFSET, `COUNT()`, and GROUP BY with
 * COUNT, COUNT_DISTINCT, SUM, AVG, MIN and MAX. `WITH USER_MODE` is accepted (the fake org has one
 * user, who sees everything). Errors: `MALFORMED_QUERY`, `INVALID_TYPE`, `INVALID_FIELD`.
 */
export function runQuery(store: OrgStore, soql: string, options: QueryOptions = {}): QueryResult {
  let query: ReturnType<typeof parseQuery>;
  try {
    query = parseQuery(soql);
  } catch (error) {
    throw new FakeOrgError('MALFORMED_QUERY', `${soql}\n${(error as Error).message.split('\n')[0]}`, 400);
  }
  const q = query as unknown as { sObject?: string; fields: ParsedField[]; where?: unknown; orderBy?: ParsedOrder | ParsedOrder[]; groupBy?: { field: string } | { field: string }[]; limit?: number; offset?: number };
  if (!q.sObject) throw new FakeOrgError('MALFORMED_QUERY', 'a FROM clause is required', 400);
  let objectName: string;
  try {
    objectName = store.describe(q.sObject).name;
  } catch {
    throw new FakeOrgError('INVALID_TYPE', `sObject type '${q.sObject}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name.`, 400);
  }
  const now = options.now ?? Date.now();
  const where = compileWhere(store, objectName, q.where as never, now);
  const rows: SRecord[] = [];
  for (const r of store.records(objectName, options.includeDeleted)) if (where(r)) rows.push(r);

  const fields = q.fields;
  if (fields.length === 1 && fields[0]!.type === 'FieldFunctionExpression' && fields[0]!.functionName === 'COUNT' && !fields[0]!.parameters?.length) {
    return { totalSize: rows.length, records: [] };
  }
  const groupBy = q.groupBy === undefined ? [] : (Array.isArray(q.groupBy) ? q.groupBy : [q.groupBy]).map((g) => fieldPath(store, objectName, g.field));
  const orderBy = q.orderBy === undefined ? [] : Array.isArray(q.orderBy) ? q.orderBy : [q.orderBy];
  if (groupBy.length || fields.some((f) => f.isAggregateFn)) {
    const selected = fields.map((f, i) => selectedOf(store, objectName, f, i, fields));
    const groups = aggregate(rows, groupBy, selected);
    sortRecords(groups, orderBy.map((o) => ({ key: (r: Record<string, unknown>) => r[aggregateKey(o, selected)] ?? null, order: o })));
    return slice(groups, q);
  }
  const paths = fields.map((f) => fieldPath(store, objectName, fieldName(f)));
  const orderPaths = orderBy.map((o) => {
    if (!o.field) throw new FakeOrgError('MALFORMED_QUERY', 'ORDER BY a function needs GROUP BY', 400);
    const path = fieldPath(store, objectName, o.field);
    return { key: (r: SRecord) => comparable(path.field, path.get(r)), order: o };
  });
  sortRecords(rows, orderPaths);
  const page = slice(rows, q);
  return { totalSize: page.totalSize, records: page.records.map((r) => shape(store, objectName, r, paths)) };
}

function fieldName(f: ParsedField): string {
  if (f.type === 'Field') return f.field!;
  if (f.type === 'FieldRelationship') return f.rawValue ?? [...(f.relationships ?? []), f.field].join('.');
  throw new FakeOrgError('MALFORMED_QUERY', `unsupported field ${f.rawValue ?? f.type}`, 400);
}

function selectedOf(store: OrgStore, objectName: string, f: ParsedField, _i: number, all: ParsedField[]): SelectedFunction {
  if (f.type === 'FieldFunctionExpression') {
    const n = all.slice(0, all.indexOf(f)).filter((x) => x.type === 'FieldFunctionExpression' && !x.alias).length;
    const param = f.parameters?.[0];
    return { kind: 'function', name: f.functionName!.toUpperCase(), path: param ? fieldPath(store, objectName, param) : null, as: f.alias ?? `expr${n}`, raw: f.rawValue ?? '' };
  }
  const path = fieldPath(store, objectName, fieldName(f));
  return { kind: 'group', path, as: path.field.name, raw: fieldName(f) };
}

function aggregateKey(o: ParsedOrder, selected: SelectedFunction[]): string {
  const raw = (o.fn?.rawValue ?? o.field ?? '').toLowerCase();
  const match = selected.find((s) => s.raw.toLowerCase() === raw || s.as.toLowerCase() === raw);
  if (!match) throw new FakeOrgError('MALFORMED_QUERY', `ORDER BY ${raw}: not in the SELECT list`, 400);
  return match.as;
}

/** Sorts in place by the keys in order; ascending puts nulls first, descending last, unless told. */
function sortRecords<R>(rows: R[], keys: { key: (r: R) => unknown; order: ParsedOrder }[]): void {
  if (!keys.length) return;
  const decorated = rows.map((r, i) => ({ r, i, k: keys.map((k) => k.key(r)) }));
  decorated.sort((a, b) => {
    for (let j = 0; j < keys.length; j++) {
      const desc = keys[j]!.order.order === 'DESC';
      const nullsFirst = keys[j]!.order.nulls ? keys[j]!.order.nulls === 'FIRST' : !desc;
      const x = a.k[j] as string | number | boolean | null;
      const y = b.k[j] as string | number | boolean | null;
      if (x === null || y === null) {
        if (x === y) continue;
        return (x === null) === nullsFirst ? -1 : 1;
      }
      const c = compareKeys(typeof x === 'string' ? x.toLowerCase() : x, typeof y === 'string' ? y.toLowerCase() : y);
      if (c) return desc ? -c : c;
    }
    return a.i - b.i;
  });
  decorated.forEach((d, i) => (rows[i] = d.r));
}

function slice<R>(rows: R[], q: { limit?: number; offset?: number }): { totalSize: number; records: R[] } {
  const from = q.offset ?? 0;
  const records = rows.slice(from, q.limit === undefined ? undefined : from + q.limit);
  return { totalSize: records.length, records };
}

/** A record as the REST API returns it: attributes, the selected fields, parents nested. */
function shape(store: OrgStore, objectName: string, record: SRecord, paths: FieldPath[]): Record<string, unknown> {
  const out: Record<string, unknown> = { attributes: { type: objectName, url: `/services/data/v${FAKE_API_VERSION}/sobjects/${objectName}/${record.Id}` } };
  for (const path of paths) {
    let target = out;
    let r: SRecord | undefined = record;
    let broken = false;
    for (const hop of path.relationships) {
      const id: unknown = r?.[hop.field];
      r = typeof id === 'string' ? store.get(id) : undefined;
      if (!r) {
        target[hop.name] = null;
        broken = true;
        break;
      }
      const existing = target[hop.name] as Record<string, unknown> | null | undefined;
      target = existing ?? (target[hop.name] = { attributes: { type: hop.object, url: `/services/data/v${FAKE_API_VERSION}/sobjects/${hop.object}/${r.Id}` } }) as Record<string, unknown>;
    }
    if (!broken) target[path.field.name] = r?.[path.field.name] ?? null;
  }
  return out;
}
