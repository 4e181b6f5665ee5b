type NumberArray = Int32Array | Float64Array | Float32Array;

/**
 * `xs` lengthened to `n` entries, the new ones `fill`; `xs` itself when long enough. A prepared
 * model's per-product arrays meet a history holding products that are new since it was prepared.
 */
export function padded<T extends NumberArray>(xs: T, n: number, fill: number): T {
  if (xs.length >= n) return xs;
  const out = new (xs.constructor as new (length: number) => T)(n);
  out.fill(fill);
  out.set(xs);
  return out;
}
