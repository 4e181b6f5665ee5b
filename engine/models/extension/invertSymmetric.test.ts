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

  it('refuses a matrix that is not positive definite, and a wrong size', () => {
    expect(() => invertSymmetric(Float64Array.from([1, 2, 2, 1]), 2)).toThrow(/not positive definite/);
    expect(() => invertSymmetric(new Float64Array(3), 2)).toThrow(/3 values for a 2×2/);
  });
});
