import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/support/seededRandom.js';
import { selectNearest } from './selectNearest.js';

describe('selectNearest', () => {
  it('gives the k smallest keys, smallest first, equal keys by id, as a full sort does', () => {
    const rand = seededRandom(5);
    // Few distinct keys, so most of the work is breaking ties.
    const key = Float64Array.from({ length: 500 }, () => Math.floor(rand() * 7));
    const ids = Int32Array.from({ length: 400 }, (_, i) => (i * 37) % 500);
    const sorted = Array.from(ids).sort((a, b) => key[a]! - key[b]! || a - b);
    for (const k of [0, 1, 5, 60, 399, 400, 1000]) {
      expect(Array.from(selectNearest(ids.slice(), key, k))).toEqual(sorted.slice(0, k));
    }
  });
});
