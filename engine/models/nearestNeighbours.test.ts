import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/support/seededRandom.js';
import { DEFAULT_NEIGHBOUR_SEARCH, NearestNeighbours, type NeighbourMetric, type NeighbourSearchOptions } from './nearestNeighbours.js';
import { rowSquaredNorms, sparseRowsFromMaps, transpose, truncateRows, type SparseRows } from './SparseRows.js';

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
      const columns = transpose(rows);
      // The default pruning keeps 2k rows per column: with k this large none is cut, so it is exact.
      const k = Math.max(5, Math.ceil(longestColumn(columns) / DEFAULT_NEIGHBOUR_SEARCH.postingsPerNeighbour));
      const knn = new NearestNeighbours(rows, columns, rowSquaredNorms(rows), candidate, metric);
      for (let r = 0; r < maps.length; r++) {
        const expected = bruteForce(maps, r, metric, candidate);
        const got = Array.from(knn.query(r, k));
        expect(got.length).toBe(Math.min(k, expected.length));
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

function longestColumn(columns: SparseRows): number {
  let longest = 0;
  for (let p = 0; p < columns.nRows; p++) longest = Math.max(longest, columns.rowStart[p + 1]! - columns.rowStart[p]!);
  return longest;
}

function cosineSearch(maps: Map<number, number>[], nCols: number, options: Partial<NeighbourSearchOptions> = {}) {
  const rows = sparseRowsFromMaps(maps, nCols);
  const columns = transpose(rows);
  const knn = new NearestNeighbours(rows, columns, rowSquaredNorms(rows), new Uint8Array(maps.length).fill(1), 'cosine', options);
  return { knn, columns };
}

describe('NearestNeighbours, cosine, pruned', () => {
  it('breaks ties by row index, at the k-th place too, whether the index is pruned or not', () => {
    // Rows 0–11 are the same vector; rows 12–14 share one column with them, so they are farther.
    const maps = [...Array.from({ length: 12 }, () => new Map([[0, 1], [1, 1]])), ...Array.from({ length: 3 }, () => new Map([[0, 1], [2, 1]]))];
    const exact = cosineSearch(maps, 3, { postingsPerNeighbour: Infinity }).knn;
    const pruned = cosineSearch(maps, 3, { postingsPerNeighbour: 1, candidatesPerNeighbour: 1 });
    expect(longestColumn(pruned.columns)).toBeGreaterThan(3); // L = 1 × k = 3 rows kept per column
    expect(Array.from(exact.query(5, 3))).toEqual([0, 1, 2]);
    expect(Array.from(exact.query(0, 3))).toEqual([1, 2, 3]);
    expect(Array.from(exact.query(13, 4))).toEqual([12, 14, 0, 1]);
    expect(Array.from(pruned.knn.query(5, 3))).toEqual([0, 1, 2]);
    expect(Array.from(exact.query(5, 20))).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  /** 4,000 small customers buying a few of 40 products (the low columns most), and a planted pair. */
  function crowdWithTwins(twinColumns: number[], seed: number) {
    const rand = seededRandom(seed);
    const nCols = 40;
    const maps = Array.from({ length: 4000 }, () => {
      const m = new Map<number, number>();
      const n = 1 + Math.floor(rand() * 5);
      for (let i = 0; i < n; i++) m.set(Math.floor(30 * rand() ** 2), 0.05 + rand());
      return m;
    });
    // Two branches of one chain: the same twelve products, weights within 5 %.
    const profile = new Map(twinColumns.map((c) => [c, 0.2 + rand()] as const));
    const [a, b] = [1234, 3210];
    maps[a] = profile;
    maps[b] = new Map([...profile].map(([c, v]) => [c, v * (0.95 + 0.1 * rand())] as const));
    return { maps, nCols, a, b };
  }

  it('finds a near-duplicate on popular products only, which no cut column keeps, through its SimHash buckets', () => {
    const { maps, nCols, a, b } = crowdWithTwins([0, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17], 11);
    const k = 10;
    const { knn, columns } = cosineSearch(maps, nCols);
    const limit = DEFAULT_NEIGHBOUR_SEARCH.postingsPerNeighbour * k;
    for (const c of maps[a]!.keys()) expect(columns.rowStart[c + 1]! - columns.rowStart[c]!).toBeGreaterThan(limit); // every column cut
    expect(knn.query(a, k)[0]).toBe(b);
    expect(knn.query(b, k)[0]).toBe(a);
    // Without the buckets: every weight of a broad row is small against its norm, so it is lost.
    expect(cosineSearch(maps, nCols, { hashBands: 0 }).knn.query(a, k)).not.toContain(b);
  });
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
