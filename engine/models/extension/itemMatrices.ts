// The item models' square matrices by their upper triangles: what a stored model holds of them.

/** Entries of a `size × size` matrix's upper triangle, with or without its diagonal. */
export function triangleLength(size: number, diagonal: boolean): number {
  return diagonal ? (size * (size + 1)) / 2 : size === 0 ? 0 : (size * (size - 1)) / 2;
}

/**
 * The upper triangle of a row-major `size × size` matrix, row by row (`[0,1], [0,2], …, [1,2], …`),
 * with the diagonal first in each row when `diagonal`.
 */
export function upperTriangle(m: Float32Array, size: number, diagonal: boolean): Float32Array {
  const out = new Float32Array(triangleLength(size, diagonal));
  let k = 0;
  for (let i = 0; i < size; i++) for (let j = diagonal ? i : i + 1; j < size; j++) out[k++] = m[i * size + j]!;
  return out;
}

/**
 * The `size × size` matrix of an upper triangle (`upperTriangle`), its lower triangle the mirror
 * of the upper one (a symmetric matrix), the diagonal 0 when the triangle holds none.
 */
export function symmetricFromUpper(upper: Float32Array, size: number, diagonal: boolean): Float32Array {
  const m = new Float32Array(size * size);
  let k = 0;
  for (let i = 0; i < size; i++) {
    for (let j = diagonal ? i : i + 1; j < size; j++) m[i * size + j] = m[j * size + i] = upper[k++]!;
  }
  return m;
}

/**
 * Fills EASE's lower triangle from its upper one: B[i,j] = −P[i,j]/P[j,j] with P symmetric, so
 * B[j,i] = B[i,j]·P[j,j]/P[i,i] (`diagonal` = P's diagonal), rounded to Float32 from the stored
 * upper entry. The fit and a stored model's reader both fill it so, so they agree bit for bit; it
 * differs from −P[j,i]/P[i,i] computed directly by at most a unit in the last place of a Float32.
 */
export function mirrorEase(ease: Float32Array, diagonal: Float64Array, size: number): void {
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) ease[j * size + i] = ease[i * size + j]! * (diagonal[j]! / diagonal[i]!);
  }
}

/** EASE's B from its upper triangle (no diagonal) and P's diagonal (`mirrorEase`). */
export function easeFromUpper(upper: Float32Array, diagonal: Float64Array, size: number): Float32Array {
  const ease = new Float32Array(size * size);
  let k = 0;
  for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) ease[i * size + j] = upper[k++]!;
  mirrorEase(ease, diagonal, size);
  return ease;
}
