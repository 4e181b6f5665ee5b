import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/support/seededRandom.js';
import { NearestNeighbours, type NeighbourMetric } from './nearestNeighbours.js';
import { rowSquaredNorms, sparseRowsFromMaps, transpose, truncateRows } from './SparseRows.js';

function randomRows(nRows: number, nCols: number, seed: number) {
  const rand = seededRandom(seed);
  return Array.from({ length: nRows }, () => {
    const m = new Map<number, number>();
    const n = Math.floor(rand() * 8);
    for (let i = 0; i < n; i++) m.set(Math.floor(rand() * nCols), Math.round(rand() * 100) / 100 + 0.01);
    return m;
  });
}

function bruteForce(rows: Map<number, number>[], r: number, metric: NeighbourMetric, candidate: Uint8Array): number[] {
  const norm = (m: Map<number, number>) => Math.sqrt([...m.values()].reduce((s, v) => s + v * v, 0));
  const dot = (a: Map<number, number>, b: Map<number, number>) => [...a].reduce((s, [c, v]) => s + v * (b.get(c) ?? 0), 0);
  const key = (o: number) =>
    metric === 'cosine' ? -dot(rows[r]!, rows[o]!) / (norm(rows[o]!) || 1) : norm(rows[r]!) ** 2 + norm(rows[o]!) ** 2 - 2 * dot(rows[r]!, rows[o]!);
  return rows
    .map((_, o) => o)
    .filter((o) => o !== r && candidate[o] && (metric === 'euclidean' || dot(rows[r]!, rows[o]!) > 0))
    .sort((a, b) => key(a) - key(b) || a - b);
}

describe('NearestNeighbours', () => {
  const maps = randomRows(60, 25, 7);
  const rows = sparseRowsFromMaps(maps, 25);
  const candidate = Uint8Array.from(maps, (m, i) => (m.size > 0 && i % 5 !== 0 ? 1 : 0));
  for (const metric of ['euclidean', 'cosine'] as const) {
    it(`finds the same neighbours as brute force (${metric})`, () => {
      const knn = new NearestNeighbours(rows, transpose(rows), rowSquaredNorms(rows), candidate, metric);
      for (let r = 0; r < maps.length; r++) {
        const expected = bruteForce(maps, r, metric, candidate);
        const got = Array.from(knn.query(r, 5));
        expect(got.length).toBe(Math.min(5, expected.length));
        expect(got).toEqual(expected.slice(0, got.length));
      }
    });

    it(`queries a vector from outside the matrix as it queries the same row (${metric})`, () => {
      const knn = new NearestNeighbours(rows, transpose(rows), rowSquaredNorms(rows), candidate, metric);
      for (let r = 0; r < maps.length; r++) {
        const from = rows.rowStart[r]!;
        const to = rows.rowStart[r + 1]!;
        const col = rows.col.slice(from, to);
        const value = rows.value.slice(from, to);
        expect(Array.from(knn.queryVector(col, value, 5, r))).toEqual(Array.from(knn.query(r, 5)));
      }
      // A column beyond the matrix (a product it has never seen) is shared by nobody.
      const unseen = knn.queryVector(Int32Array.of(25), Float64Array.of(1), 5);
      if (metric === 'cosine') expect(unseen).toHaveLength(0);
      else expect(Array.from(unseen)).toEqual(Array.from(knn.queryVector(new Int32Array(0), new Float64Array(0), 5)));
    });
  }
});

describe('SparseRows helpers', () => {
  it('transposes back to the same matrix', () => {
    const rows = sparseRowsFromMaps(randomRows(20, 10, 3), 10);
    const back = transpose(transpose(rows));
    expect(Array.from(back.rowStart)).toEqual(Array.from(rows.rowStart));
    expect(Array.from(back.col)).toEqual(Array.from(rows.col));
    expect(Array.from(back.value)).toEqual(Array.from(rows.value));
  });
  it('truncates each row to its largest values, columns still sorted', () => {
    const rows = sparseRowsFromMaps([new Map([[0, 0.1], [3, 0.9], [5, 0.5], [7, 0.7]])], 8);
    const cut = truncateRows(rows, 2);
    expect(Array.from(cut.col)).toEqual([3, 7]);
    expect(Array.from(cut.value)).toEqual([0.9, 0.7]);
  });
});
