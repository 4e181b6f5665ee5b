/** A fitted logistic regression as plain data: what a prepared model stores. */
export interface LogisticRegressionState {
  weights: Float64Array;
  mean: Float64Array;
  scale: Float64Array;
}

/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS) on standardised features.
 * Small (tens of features), exact and deterministic: the ranker over the habitual-order features.
 */
export class LogisticRegression {
  private constructor(
    /** Weights on standardised features; the last entry is the intercept. */
    readonly weights: Float64Array,
    readonly mean: Float64Array,
    readonly scale: Float64Array,
    /** Newton iterations the fit took. */
    readonly iterations: number,
  ) {}

  /**
   * Fits on `rows` (row-major, `nFeatures` per row) with 0/1 `labels` and optional row `weights`.
   * `l2` is the ridge penalty on the standardised weights (not on the intercept).
   */
  static fit(rows: Float64Array, labels: Uint8Array, nFeatures: number, options: { l2?: number; iterations?: number; tolerance?: number; weights?: Float64Array; hessianStride?: number } = {}): LogisticRegression {
    const weights = options.weights;
    const l2 = options.l2 ?? 1;
    const iterations = options.iterations ?? 25;
    // Newton converges quadratically; a step below this changes no ranking and no 2-decimal probability.
    const tolerance = options.tolerance ?? 1e-4;
    // The curvature is estimated from every `stride`-th row (scaled back), the gradient from all:
    // the optimum is set by the gradient alone, so the solution is the same, and the d² work per
    // row, the bulk of the cost, shrinks by the stride on large sets.
    const stride = options.hessianStride ?? (labels.length > 20_000 ? 4 : 1);
    const n = labels.length;
    const d = nFeatures + 1;
    const mean = new Float64Array(nFeatures);
    const scale = new Float64Array(nFeatures);
    for (let i = 0; i < n; i++) for (let j = 0; j < nFeatures; j++) mean[j]! += rows[i * nFeatures + j]! / n;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < nFeatures; j++) scale[j]! += (rows[i * nFeatures + j]! - mean[j]!) ** 2 / n;
    }
    for (let j = 0; j < nFeatures; j++) scale[j] = Math.sqrt(scale[j]!) || 1;

    const x = new Float64Array(n * d);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < nFeatures; j++) x[i * d + j] = (rows[i * nFeatures + j]! - mean[j]!) / scale[j]!;
      x[i * d + nFeatures] = 1;
    }
    const w = new Float64Array(d);
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    let done = 0;
    for (let it = 0; it < iterations; it++) {
      done = it + 1;
      grad.fill(0);
      hess.fill(0);
      for (let i = 0; i < n; i++) {
        const o = i * d;
        let z = 0;
        for (let j = 0; j < d; j++) z += w[j]! * x[o + j]!;
        const p = 1 / (1 + Math.exp(-z));
        const weight = weights ? weights[i]! : 1;
        const r = weight * (p - labels[i]!);
        const s = weight * p * (1 - p);
        for (let j = 0; j < d; j++) grad[j]! += r * x[o + j]!;
        if (i % stride !== 0) continue;
        for (let j = 0; j < d; j++) {
          const sx = stride * s * x[o + j]!;
          for (let k = 0; k <= j; k++) hess[j * d + k]! += sx * x[o + k]!;
        }
      }
      for (let j = 0; j < d; j++) {
        for (let k = 0; k < j; k++) hess[k * d + j] = hess[j * d + k]!;
        if (j < nFeatures) {
          grad[j]! += l2 * w[j]!;
          hess[j * d + j]! += l2;
        }
        hess[j * d + j]! += 1e-9;
      }
      const step = solveSymmetric(hess, grad, d);
      let change = 0;
      for (let j = 0; j < d; j++) {
        w[j]! -= step[j]!;
        change = Math.max(change, Math.abs(step[j]!));
      }
      if (change < tolerance) break;
    }
    return new LogisticRegression(w, mean, scale, done);
  }

  /** The fitted coefficients as plain data. */
  state(): LogisticRegressionState {
    return { weights: this.weights, mean: this.mean, scale: this.scale };
  }

  /** A regression from its stored coefficients (`state()`), checked for consistent lengths. */
  static fromState(state: LogisticRegressionState): LogisticRegression {
    const n = state.mean.length;
    if (state.scale.length !== n || state.weights.length !== n + 1) throw new RangeError(`logistic regression state: ${state.weights.length} weights for ${n} features`);
    return new LogisticRegression(state.weights, state.mean, state.scale, 0);
  }

  /** The log-odds for one row of raw (unstandardised) features starting at `offset`. */
  logit(row: Float64Array, offset = 0): number {
    const nf = this.mean.length;
    let z = this.weights[nf]!;
    for (let j = 0; j < nf; j++) z += (this.weights[j]! * (row[offset + j]! - this.mean[j]!)) / this.scale[j]!;
    return z;
  }

  /** The probability for one row of raw features starting at `offset`. */
  probability(row: Float64Array, offset = 0): number {
    return 1 / (1 + Math.exp(-this.logit(row, offset)));
  }
}

/** Solves A·x = b for a symmetric positive-definite A (Cholesky). */
function solveSymmetric(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * d + j]!;
      for (let k = 0; k < j; k++) s -= l[i * d + k]! * l[j * d + k]!;
      l[i * d + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * d + j]!;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * d + k]! * y[k]!;
    y[i] = s / l[i * d + i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < d; k++) s -= l[k * d + i]! * x[k]!;
    x[i] = s / l[i * d + i]!;
  }
  return x;
}
