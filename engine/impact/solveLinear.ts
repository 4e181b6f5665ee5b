/**
 * Solves the small symmetric system A·x = b (A given as rows, p × p) by Gaussian elimination with
 * partial pivoting; a pivot below `1e-12` of the largest leaves that unknown at 0 (a covariate that
 * is constant or a copy of another adds nothing). For the few covariates of a regression adjustment.
 */
export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const p = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  const scale = Math.max(1e-300, ...m.map((row, i) => Math.abs(row[i]!)));
  const usable: boolean[] = [];
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    usable[col] = Math.abs(m[col]![col]!) > 1e-12 * scale;
    if (!usable[col]) continue;
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= p; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => (usable[i] ? row[p]! / row[i]! : 0));
}
