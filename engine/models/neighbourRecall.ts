import type { OrderHistory } from '../prep/index.js';
import { NearestNeighbours, type NeighbourSearchOptions } from './nearestNeighbours.js';
import { rowSquaredNorms, selectRows, transpose, truncateRows } from './SparseRows.js';
import { tifuVectors, type TifuDecay } from './tifuVectors.js';

/** What the habitual model's neighbour search is run with (a subset of `HabitualSettings`). */
export interface NeighbourSearchSettings {
  decay: TifuDecay;
  neighbours: number;
  neighbourProducts: number;
}

/**
 * The cosine neighbours of every customer of `past` with an order, searched as the habitual model
 * searches them (each customer's TIFU vector cut to its `neighbourProducts` strongest products,
 * among the customers with an order, itself excluded): row i of the result belongs to the i-th
 * customer with an order and holds indexes among those customers, nearest first. For measuring the
 * search (its recall, its cost), not for scoring.
 */
export function habitualNeighbours(past: OrderHistory, settings: NeighbourSearchSettings, options: Partial<NeighbourSearchOptions> = {}): Int32Array[] {
  const cut = truncateRows(tifuVectors(past, settings.decay), settings.neighbourProducts);
  const withHistory: number[] = [];
  for (let c = 0; c < past.customerIds.length; c++) if (past.basketStart[c + 1]! > past.basketStart[c]!) withHistory.push(c);
  const rows = selectRows(cut, withHistory);
  const knn = new NearestNeighbours(rows, transpose(rows), rowSquaredNorms(rows), new Uint8Array(rows.nRows).fill(1), 'cosine', options);
  return withHistory.map((_, r) => knn.query(r, settings.neighbours));
}

/**
 * The share of the `exact` neighbours that `found` holds, pooled over every list (a list of the
 * exact search shorter than k counts for its own length). 1 when there are none to find.
 */
export function neighbourRecall(exact: readonly Int32Array[], found: readonly Int32Array[]): number {
  let wanted = 0;
  let hits = 0;
  exact.forEach((list, i) => {
    const got = new Set(found[i] ?? []);
    wanted += list.length;
    for (const o of list) if (got.has(o)) hits++;
  });
  return wanted ? hits / wanted : 1;
}
