/**
 * A deterministic random stream for one clone of one customer (and, optionally, one product):
 * FNV-1a over the seed and the keys, then mulberry32. Values in [0, 1); the same keys always give
 * the same stream, whatever order the rows come in.
 */
export function synthRandom(seed: number, ...keys: (string | number)[]): () => number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (const key of keys) {
    const text = `${key}\u0000`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
