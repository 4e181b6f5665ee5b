/**
 * A sparse matrix in compressed rows (customers × products), with its transpose built on demand.
 * Values are Float64. Used for TIFU-style personal vectors and neighbour search.
 */
export interface SparseRows {
  nRows: number;
  nCols: number;
  /** Row r's entries are `rowStart[r] .. rowStart[r + 1] - 1`. */
  rowStart: Int32Array;
  col: Int32Array;
  value: Float64Array;
}

/** Builds compressed rows from per-row maps of column → value (columns sorted ascending). */
export function sparseRowsFromMaps(rows: Map<number, number>[], nCols: number): SparseRows {
  const rowStart = new Int32Array(rows.length + 1);
  rows.forEach((m, r) => (rowStart[r + 1] = rowStart[r]! + m.size));
  const col = new Int32Array(rowStart[rows.length]!);
  const value = new Float64Array(col.length);
  rows.forEach((m, r) => {
    const cols = [...m.keys()].sort((a, b) => a - b);
    cols.forEach((c, i) => {
      col[rowStart[r]! + i] = c;
      value[rowStart[r]! + i] = m.get(c)!;
    });
  });
  return { nRows: rows.length, nCols, rowStart, col, value };
}

/** The transpose (products × customers), so "who bought p" is one contiguous run. */
export function transpose(m: SparseRows): SparseRows {
  const rowStart = new Int32Array(m.nCols + 1);
  for (let i = 0; i < m.col.length; i++) rowStart[m.col[i]! + 1]!++;
  for (let c = 0; c < m.nCols; c++) rowStart[c + 1]! += rowStart[c]!;
  const cursor = rowStart.slice(0, m.nCols);
  const col = new Int32Array(m.col.length);
  const value = new Float64Array(m.col.length);
  for (let r = 0; r < m.nRows; r++) {
    for (let i = m.rowStart[r]!; i < m.rowStart[r + 1]!; i++) {
      const j = cursor[m.col[i]!]!++;
      col[j] = r;
      value[j] = m.value[i]!;
    }
  }
  return { nRows: m.nCols, nCols: m.nRows, rowStart, col, value };
}

/** Squared Euclidean norm of each row. */
export function rowSquaredNorms(m: SparseRows): Float64Array {
  const out = new Float64Array(m.nRows);
  for (let r = 0; r < m.nRows; r++) {
    let s = 0;
    for (let i = m.rowStart[r]!; i < m.rowStart[r + 1]!; i++) s += m.value[i]! * m.value[i]!;
    out[r] = s;
  }
  return out;
}

/** Each row cut to its `keep` largest values (columns stay sorted): a cheap summary of long rows. */
export function truncateRows(m: SparseRows, keep: number): SparseRows {
  const rowStart = new Int32Array(m.nRows + 1);
  for (let r = 0; r < m.nRows; r++) rowStart[r + 1] = rowStart[r]! + Math.min(keep, m.rowStart[r + 1]! - m.rowStart[r]!);
  const col = new Int32Array(rowStart[m.nRows]!);
  const value = new Float64Array(col.length);
  for (let r = 0; r < m.nRows; r++) {
    const lo = m.rowStart[r]!;
    const hi = m.rowStart[r + 1]!;
    const idx = Array.from({ length: hi - lo }, (_, i) => lo + i);
    if (idx.length > keep) idx.sort((a, b) => m.value[b]! - m.value[a]! || a - b).length = keep;
    idx.sort((a, b) => a - b);
    idx.forEach((i, j) => {
      col[rowStart[r]! + j] = m.col[i]!;
      value[rowStart[r]! + j] = m.value[i]!;
    });
  }
  return { nRows: m.nRows, nCols: m.nCols, rowStart, col, value };
}

/** The matrix of the given rows of `m`, in the order given. */
export function selectRows(m: SparseRows, rows: readonly number[]): SparseRows {
  const rowStart = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (rowStart[i + 1] = rowStart[i]! + m.rowStart[r + 1]! - m.rowStart[r]!));
  const col = new Int32Array(rowStart[rows.length]!);
  const value = new Float64Array(col.length);
  rows.forEach((r, i) => {
    col.set(m.col.subarray(m.rowStart[r]!, m.rowStart[r + 1]!), rowStart[i]!);
    value.set(m.value.subarray(m.rowStart[r]!, m.rowStart[r + 1]!), rowStart[i]!);
  });
  return { nRows: rows.length, nCols: m.nCols, rowStart, col, value };
}
