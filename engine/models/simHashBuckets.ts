import type { SparseRows } from './SparseRows.js';

/**
 * Rows grouped by random-hyperplane signatures (SimHash, Charikar 2002): two rows whose angle is θ
 * agree on each bit with probability 1 − θ/π, so near-duplicates share a band's bucket and rows
 * far apart rarely do. What a pruned inverted index misses: a row spread over popular products,
 * each weight small against its norm, is kept in no cut column, yet its near-duplicate must find it.
 */
export interface SimHashBuckets {
  bands: number;
  bits: number;
  /** Band b's bucket key's rows are `members[start[b][key] .. start[b][key + 1] − 1]`, ascending. */
  start: Int32Array[];
  members: Int32Array[];
}

/**
 * The buckets of the candidate rows of `rows`, `bands` bands of `bits` bits each; a bucket keeps
 * its `cap` lowest rows (a crowd of near-identical rows needs only a few to be found). Memory:
 * bands × (2^bits + rows) integers.
 */
export function simHashBuckets(rows: SparseRows, candidate: Uint8Array, bands: number, bits: number, cap: number): SimHashBuckets {
  const size = 1 << bits;
  const keys = new Int32Array(rows.nRows * bands);
  for (let r = 0; r < rows.nRows; r++) {
    keys.set(simHashKeys(rows.col, rows.value, rows.rowStart[r]!, rows.rowStart[r + 1]!, bands, bits), r * bands);
  }
  const start: Int32Array[] = [];
  const members: Int32Array[] = [];
  for (let b = 0; b < bands; b++) {
    const count = new Int32Array(size + 1);
    for (let r = 0; r < rows.nRows; r++) if (candidate[r] && count[keys[r * bands + b]! + 1]! < cap) count[keys[r * bands + b]! + 1]!++;
    for (let key = 0; key < size; key++) count[key + 1]! += count[key]!;
    const cursor = count.slice(0, size);
    const band = new Int32Array(count[size]!);
    for (let r = 0; r < rows.nRows; r++) {
      const key = keys[r * bands + b]!;
      if (candidate[r] && cursor[key]! < count[key + 1]!) band[cursor[key]!++] = r;
    }
    start.push(count);
    members.push(band);
  }
  return { bands, bits, start, members };
}

/** The band keys of one vector (columns `col[from..to)` with their values). */
export function simHashKeys(col: Int32Array, value: Float64Array, from: number, to: number, bands: number, bits: number): Int32Array {
  const keys = new Int32Array(bands);
  for (let b = 0; b < bands; b++) {
    let key = 0;
    for (let bit = 0; bit < bits; bit++) {
      const plane = b * bits + bit;
      let s = 0;
      for (let i = from; i < to; i++) s += planeSign(col[i]!, plane) * value[i]!;
      if (s > 0) key |= 1 << bit;
    }
    keys[b] = key;
  }
  return keys;
}

/** The sign (±1) of column `c` in random hyperplane `plane`: a hash, so nothing is stored or drawn. */
function planeSign(c: number, plane: number): number {
  let h = Math.imul(c + 1, 0x9e3779b1) ^ Math.imul(plane + 1, 0x7feb352d);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) < 0 ? 1 : -1;
}
