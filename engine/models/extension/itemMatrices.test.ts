import { describe, expect, it } from 'vitest';
import { easeFromUpper, mirrorEase, symmetricFromUpper, triangleLength, upperTriangle } from './itemMatrices.js';

/** A 3 × 3 row-major matrix from its rows. */
const square = (rows: number[][]) => Float32Array.from(rows.flat());

describe('upper triangles of the item matrices', () => {
  it('counts the entries of a triangle with and without its diagonal', () => {
    expect(triangleLength(3, true)).toBe(6);
    expect(triangleLength(3, false)).toBe(3);
    expect(triangleLength(500, false)).toBe(124_750);
    expect(triangleLength(0, false)).toBe(0);
  });

  it('keeps a symmetric matrix row by row and unfolds it bit for bit', () => {
    const m = square([[4, 0.1, -2.5], [0.1, 7, 1 / 3], [-2.5, 1 / 3, 9]]);
    expect(Array.from(upperTriangle(m, 3, true))).toEqual([4, Math.fround(0.1), -2.5, 7, Math.fround(1 / 3), 9]);
    expect(Array.from(upperTriangle(m, 3, false))).toEqual([Math.fround(0.1), -2.5, Math.fround(1 / 3)]);
    expect(symmetricFromUpper(upperTriangle(m, 3, true), 3, true)).toEqual(m);
    const hollow = symmetricFromUpper(upperTriangle(m, 3, false), 3, false);
    expect(Array.from(hollow)).toEqual([0, Math.fround(0.1), -2.5, Math.fround(0.1), 0, Math.fround(1 / 3), -2.5, Math.fround(1 / 3), 0]);
  });

  it("fills EASE's lower triangle as B[j,i] = B[i,j]·P[j,j]/P[i,i], and reads the same back from the upper one", () => {
    // P symmetric; B[i,j] = −P[i,j]/P[j,j].
    const p = [[2, 0.5, -0.25], [0.5, 4, 0.125], [-0.25, 0.125, 8]];
    const d = Float64Array.from([2, 4, 8]);
    const b = new Float32Array(9);
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) b[i * 3 + j] = -p[i]![j]! / d[j]!;
    mirrorEase(b, d, 3);
    for (let i = 0; i < 3; i++) {
      expect(b[i * 3 + i]).toBe(0);
      for (let j = 0; j < i; j++) expect(b[i * 3 + j]).toBe(Math.fround(-p[i]![j]! / d[j]!)); // exact here: powers of two
    }
    expect(easeFromUpper(upperTriangle(b, 3, false), d, 3)).toEqual(b);
  });

  it('differs from the direct formula by at most a unit in the last place of a Float32', () => {
    const size = 40;
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) - 0.5;
    const p = new Float64Array(size * size);
    for (let i = 0; i < size; i++) for (let j = i; j < size; j++) p[i * size + j] = p[j * size + i] = i === j ? 1 + Math.abs(random()) * 100 : random();
    const d = Float64Array.from({ length: size }, (_, i) => p[i * size + i]!);
    const b = new Float32Array(size * size);
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) b[i * size + j] = -p[i * size + j]! / d[j]!;
    mirrorEase(b, d, size);
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < i; j++) {
        const direct = Math.fround(-p[i * size + j]! / d[j]!);
        const ulp = Math.abs(Math.fround(direct * (1 + 2 ** -23)) - direct) || Number.MIN_VALUE;
        expect(Math.abs(b[i * size + j]! - direct)).toBeLessThanOrEqual(ulp);
      }
    }
  });
});
