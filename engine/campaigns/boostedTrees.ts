/** A fitted gradient-boosted tree ensemble as plain data (structured-cloneable). */
export interface BoostedTreesState {
  /** Per feature, the bin edges: a value v falls in the first bin whose edge is ≥ v. */
  edges: Float64Array[];
  /** Trees of `depth` levels, complete and heap-ordered: per tree, split feature and bin per inner node, value per leaf. */
  depth: number;
  splitFeature: Int32Array[];
  splitBin: Int32Array[];
  leaves: Float64Array[];
  /** The starting log-odds (the base rate's). */
  bias: number;
}

/** How the ensemble is grown. */
export interface BoostingOptions {
  trees: number;
  depth: number;
  /** Shrinkage of each tree's leaf values. */
  rate: number;
  /** Bins per feature (quantiles of the training rows). */
  bins: number;
  /** Hessian mass a leaf needs (about rows × p(1 − p)), and the ridge on leaf values. */
  minLeafHessian: number;
  l2: number;
}

/** Defaults: shallow trees (interactions of three features), slow learning, coarse bins. */
export const DEFAULT_BOOSTING: BoostingOptions = { trees: 80, depth: 3, rate: 0.1, bins: 32, minLeafHessian: 5, l2: 10 };

/**
 * Gradient boosting of depth-limited regression trees on the logistic loss (Newton leaf values,
 * histogram splits on quantile bins): learns where activity and affinity interact, which a linear
 * model on logs cannot. Deterministic (no sampling).
 */
export function fitBoostedTrees(rows: Float64Array, labels: Uint8Array, d: number, options: Partial<BoostingOptions> = {}): BoostedTreesState {
  const o = { ...DEFAULT_BOOSTING, ...options };
  const n = labels.length;
  const edges = Array.from({ length: d }, (_, f) => quantileEdges(rows, d, f, o.bins));
  const binned = new Uint8Array(n * d);
  for (let i = 0; i < n; i++) for (let f = 0; f < d; f++) binned[i * d + f] = binOf(edges[f]!, rows[i * d + f]!);
  const positives = labels.reduce((s, y) => s + y, 0);
  const bias = Math.log((positives + 1) / (n - positives + 1));
  const score = new Float64Array(n).fill(bias);
  const state: BoostedTreesState = { edges, depth: o.depth, splitFeature: [], splitBin: [], leaves: [], bias };
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const node = new Int32Array(n);
  for (let t = 0; t < o.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      g[i] = p - labels[i]!;
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
    const tree = growTree(binned, d, g, h, node, o);
    state.splitFeature.push(tree.feature);
    state.splitBin.push(tree.bin);
    state.leaves.push(tree.leaves);
    for (let i = 0; i < n; i++) score[i]! += tree.leaves[node[i]! - (2 ** o.depth - 1)]!;
  }
  return state;
}

/** The log-odds of one raw feature row (starting at `offset`). */
export function boostedLogit(state: BoostedTreesState, row: Float64Array, offset = 0): number {
  let z = state.bias;
  const inner = 2 ** state.depth - 1;
  for (let t = 0; t < state.leaves.length; t++) {
    let k = 0;
    while (k < inner) {
      const f = state.splitFeature[t]![k]!;
      k = f < 0 || binOf(state.edges[f]!, row[offset + f]!) <= state.splitBin[t]![k]! ? 2 * k + 1 : 2 * k + 2;
    }
    z += state.leaves[t]![k - inner]!;
  }
  return z;
}

function growTree(binned: Uint8Array, d: number, g: Float64Array, h: Float64Array, node: Int32Array, o: BoostingOptions) {
  const n = g.length;
  const inner = 2 ** o.depth - 1;
  const feature = new Int32Array(inner).fill(-1);
  const bin = new Int32Array(inner);
  node.fill(0);
  for (let level = 0; level < o.depth; level++) {
    const first = 2 ** level - 1;
    const width = 2 ** level;
    const hg = new Float64Array(width * d * o.bins);
    const hh = new Float64Array(width * d * o.bins);
    for (let i = 0; i < n; i++) {
      const base = (node[i]! - first) * d * o.bins;
      const gi = g[i]!;
      const hi = h[i]!;
      for (let f = 0; f < d; f++) {
        const k = base + f * o.bins + binned[i * d + f]!;
        hg[k]! += gi;
        hh[k]! += hi;
      }
    }
    for (let w = 0; w < width; w++) bestSplit(hg, hh, w, d, o, feature, bin, first + w);
    for (let i = 0; i < n; i++) {
      const k = node[i]!;
      const f = feature[k]!;
      node[i] = f < 0 || binned[i * d + f]! <= bin[k]! ? 2 * k + 1 : 2 * k + 2;
    }
  }
  const sg = new Float64Array(inner + 1);
  const sh = new Float64Array(inner + 1);
  for (let i = 0; i < n; i++) {
    sg[node[i]! - inner]! += g[i]!;
    sh[node[i]! - inner]! += h[i]!;
  }
  const leaves = Float64Array.from(sg, (s, j) => (-o.rate * s) / (sh[j]! + o.l2));
  return { feature, bin, leaves };
}

function bestSplit(hg: Float64Array, hh: Float64Array, w: number, d: number, o: BoostingOptions, feature: Int32Array, bin: Int32Array, k: number): void {
  let best = 0;
  for (let f = 0; f < d; f++) {
    const base = (w * d + f) * o.bins;
    let G = 0;
    let H = 0;
    for (let b = 0; b < o.bins; b++) {
      G += hg[base + b]!;
      H += hh[base + b]!;
    }
    let gl = 0;
    let hl = 0;
    for (let b = 0; b < o.bins - 1; b++) {
      gl += hg[base + b]!;
      hl += hh[base + b]!;
      const hr = H - hl;
      if (hl < o.minLeafHessian || hr < o.minLeafHessian) continue;
      const gain = (gl * gl) / (hl + o.l2) + ((G - gl) * (G - gl)) / (hr + o.l2) - (G * G) / (H + o.l2);
      if (gain > best) {
        best = gain;
        feature[k] = f;
        bin[k] = b;
      }
    }
  }
}

function quantileEdges(rows: Float64Array, d: number, f: number, bins: number): Float64Array {
  const n = rows.length / d;
  const step = Math.max(1, Math.floor(n / 20_000));
  const sample: number[] = [];
  for (let i = 0; i < n; i += step) sample.push(rows[i * d + f]!);
  sample.sort((a, b) => a - b);
  const edges = new Set<number>();
  for (let b = 1; b < bins; b++) edges.add(sample[Math.min(sample.length - 1, Math.floor((b * sample.length) / bins))]!);
  return Float64Array.from([...edges].sort((a, b) => a - b));
}

function binOf(edges: Float64Array, v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
