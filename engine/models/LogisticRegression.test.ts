import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/support/seededRandom.js';
import { LogisticRegression } from './LogisticRegression.js';

/** Samples rows from a known logistic model: logit = 0.5 + 2·x0 − 1·x1 + 0·x2. */
function sample(n: number, seed: number) {
  const rand = seededRandom(seed);
  const rows = new Float64Array(n * 3);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = [rand() * 2 - 1, rand() * 4 - 2, rand()];
    rows.set(x, i * 3);
    const p = 1 / (1 + Math.exp(-(0.5 + 2 * x[0]! - x[1]!)));
    labels[i] = rand() < p ? 1 : 0;
  }
  return { rows, labels };
}

describe('LogisticRegression', () => {
  it('recovers the coefficients of the model that generated the data', () => {
    const { rows, labels } = sample(20_000, 1);
    const lr = LogisticRegression.fit(rows, labels, 3, { l2: 0 });
    // Probabilities at chosen points match the true model closely.
    for (const x of [[0, 0, 0.5], [0.8, -1, 0.2], [-0.9, 1.5, 0.9]]) {
      const truth = 1 / (1 + Math.exp(-(0.5 + 2 * x[0]! - x[1]!)));
      expect(lr.probability(Float64Array.from(x))).toBeCloseTo(truth, 1);
    }
    // The irrelevant feature gets a weight near zero on the standardised scale.
    expect(Math.abs(lr.weights[2]!)).toBeLessThan(0.08);
    expect(lr.iterations).toBeGreaterThan(1);
    expect(lr.iterations).toBeLessThan(25);
  });

  it('treats a row of weight 2 exactly like the same row twice', () => {
    const { rows, labels } = sample(500, 2);
    const doubled = new Float64Array(rows.length + 100 * 3);
    doubled.set(rows);
    doubled.set(rows.subarray(0, 100 * 3), rows.length);
    const doubledLabels = Uint8Array.from([...labels, ...labels.subarray(0, 100)]);
    const weights = Float64Array.from(labels, (_, i) => (i < 100 ? 2 : 1));
    const a = LogisticRegression.fit(doubled, doubledLabels, 3, { l2: 0, tolerance: 1e-10 });
    const b = LogisticRegression.fit(rows, labels, 3, { l2: 0, tolerance: 1e-10, weights });
    const x = Float64Array.from([0.3, -0.2, 0.7]);
    // Standardisation differs (means are unweighted), the fitted function does not.
    expect(b.logit(x)).toBeCloseTo(a.logit(x), 6);
  });

  it('reaches the same optimum with the curvature taken from every 4th row', () => {
    const { rows, labels } = sample(5_000, 4);
    const exact = LogisticRegression.fit(rows, labels, 3, { l2: 1, hessianStride: 1, tolerance: 1e-9 });
    const strided = LogisticRegression.fit(rows, labels, 3, { l2: 1, hessianStride: 4, tolerance: 1e-9 });
    strided.weights.forEach((w, j) => expect(w).toBeCloseTo(exact.weights[j]!, 6));
  });

  it('shrinks weights toward zero as the ridge grows', () => {
    const { rows, labels } = sample(2_000, 3);
    const loose = LogisticRegression.fit(rows, labels, 3, { l2: 0 });
    const tight = LogisticRegression.fit(rows, labels, 3, { l2: 5_000 });
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!) / 2);
  });
});
