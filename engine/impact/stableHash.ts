/**
 * A stable 32-bit hash of a string: FNV-1a over its UTF-16 code units, then murmur3's finaliser
 * (fmix32) so that ids differing only in their last characters land far apart. The same text
 * gives the same number on every machine and in every release: a control group drawn from it can
 * be recomputed by anyone (never `Math.random`).
 */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** `stableHash(text)` as a fraction in [0, 1). */
export function stableFraction(text: string): number {
  return stableHash(text) / 4294967296;
}
