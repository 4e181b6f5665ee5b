import { describe, expect, it } from 'vitest';
import { invertSymmetric } from './invertSymmetric.js';

describe('invertSymmetric', () => {
  it('inverts a symmetric positive-definite matrix: A · A⁻¹ = I', () => {
    const a = [4, 1, 2, 1, 3, 0, 2, 0, 5];
    const inv = Float64Array.from(a);
    invertSymmetric(inv, 3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let sum = 0;
        for (let k = 0; k < 3; k++) sum += a[i * 3 + k]! * inv[k * 3 + j]!;
        expect(sum).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    }
  });

  it('inverts a larger random XᵀX + λI to within rounding', () => {
    const n = 40;
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const x = Array.from({ length: 60 * n }, () => (random() < 0.2 ? 1 : 0));
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let r = 0; r < 60; r++) a[i * n + j]! += x[r * n + i]! * x[r * n + j]!;
    for (let i = 0; i < n; i++) a[i * n + i]! += 1;
    const inv = Float64Array.from(a);
    invertSymmetric(inv, n);
    let worst = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let k = 0; k < n; k++) sum += a[i * n + k]! * inv[k * n + j]!;
        worst = Math.max(worst, Math.abs(sum - (i === j ? 1 : 0)));
      }
    }
    expect(worst).toBeLessThan(1e-10);
  });

  it('refuses a matrix that is not positive definite, and a wrong size', () => {
    expect(() => invertSymmetric(Float64Array.from([1, 2, 2, 1]), 2)).toThrow(/not positive definite/);
    expect(() => invertSymmetric(new Float64Array(3), 2)).toThrow(/3 values for a 2×2/);
  });
});
