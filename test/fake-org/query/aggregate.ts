import { FakeOrgError } from '../FakeOrgError.js';
import type { SRecord } from '../OrgStore.js';
import type { FieldPath } from './fieldPath.js';

/** A SELECT item of an aggregate query: a grouped field or an aggregate function, with its output name. */
export type SelectedFunction =
  | { kind: 'group'; path: FieldPath; as: string; raw: string }
  | { kind: 'function'; name: string; path: FieldPath | null; as: string; raw: string };

/**
 * Groups rows by the GROUP BY fields and computes each selected function per group, as
 * `AggregateResult` records: grouped fields under their own name, functions under their alias or
 * `exprN`. Without GROUP BY, one group of every row.
 */
export function aggregate(rows: SRecord[], groupBy: FieldPath[], selected: SelectedFunction[]): Record<string, unknown>[] {
  for (const s of selected) {
    if (s.kind === 'group' && !groupBy.some((g) => g.field.name === s.path.field.name && g.object === s.path.object)) {
      throw new FakeOrgError('MALFORMED_QUERY', `Field must be grouped or aggregated: ${s.raw}`, 400);
    }
  }
  const groups = new Map<string, SRecord[]>();
  for (const r of rows) {
    const key = JSON.stringify(groupBy.map((g) => g.get(r)));
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  if (!groupBy.length && !groups.size) groups.set('[]', []);
  return [...groups.values()].map((members) => {
    const out: Record<string, unknown> = { attributes: { type: 'AggregateResult' } };
    for (const s of selected) out[s.as] = s.kind === 'group' ? s.path.get(members[0]!) : compute(s.name, s.path, members);
    return out;
  });
}

function compute(name: string, path: FieldPath | null, members: SRecord[]): number | string | null {
  const values = path ? members.map((m) => path.get(m)).filter((v) => v !== null && v !== undefined) : members;
  switch (name) {
    case 'COUNT':
      return values.length;
    case 'COUNT_DISTINCT':
      return new Set(values.map((v) => (typeof v === 'string' && path && (path.field.type === 'id' || path.field.type === 'reference') ? v.slice(0, 15) : v))).size;
    case 'SUM':
      return values.length ? values.reduce((s: number, v) => s + Number(v), 0) : null;
    case 'AVG':
      return values.length ? values.reduce((s: number, v) => s + Number(v), 0) / values.length : null;
    case 'MIN':
    case 'MAX': {
      if (!values.length) return null;
      const sorted = [...(values as (string | number)[])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return name === 'MIN' ? sorted[0]! : sorted[sorted.length - 1]!;
    }
    default:
      throw new FakeOrgError('MALFORMED_QUERY', `unsupported function ${name}`, 400);
  }
}
