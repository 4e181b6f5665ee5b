import { compareKeys, type Key } from './keyOf.js';

/** One ORDER BY item: the key of a row, the direction, and where nulls go. */
export interface SortKey<T> {
  key: (row: T) => Key;
  descending: boolean;
  nullsFirst: boolean;
}

/**
 * Rows sorted by ORDER BY items, each key computed once per row (parent lookups included) into a
 * column, then row indexes sorted; ties keep their order, nulls go first or last as asked.
 */
export function orderRows<T>(rows: T[], sortKeys: SortKey<T>[]): T[] {
  if (!sortKeys.length || rows.length < 2) return rows;
  const columns = sortKeys.map((s) => rows.map(s.key));
  const order = rows.map((_, i) => i);
  order.sort((i, j) => {
    for (let c = 0; c < columns.length; c++) {
      const x = columns[c]![i]!;
      const y = columns[c]![j]!;
      if (x === y) continue;
      const s = sortKeys[c]!;
      if (x === null) return s.nullsFirst ? -1 : 1;
      if (y === null) return s.nullsFirst ? 1 : -1;
      const cmp = compareKeys(x, y);
      if (cmp !== 0) return s.descending ? -cmp : cmp;
    }
    return i - j;
  });
  return order.map((i) => rows[i]!);
}
