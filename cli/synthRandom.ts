import { mulberry32 } from '../engine/index.js';

/**
 * A deterministic random stream for one clone of one customer (and, optionally, one product):
 * FNV-1a over the seed and the keys, then the engine's mulberry32. Values in [0, 1); the same keys
 * always give the same stream, whatever order the rows come in.
 */
export function synthRandom(seed: number, ...keys: (string | number)[]): () => number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (const key of keys) {
    const text = `${key}\u0000`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return mulberry32(h);
}
