import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/support/seededRandom.js';
import { topByScore } from './topByScore.js';

describe('topByScore', () => {
  it('matches a full sort (score descending, then id) on random data with ties', () => {
    const rand = seededRandom(11);
    for (let trial = 0; trial < 50; trial++) {
      const n = Math.floor(rand() * 40);
      const score = Array.from({ length: n }, () => Math.floor(rand() * 6));
      const ids = Array.from({ length: n }, (_, i) => i).sort(() => rand() - 0.5);
      const k = Math.floor(rand() * 12);
      const expected = [...ids].sort((a, b) => score[b]! - score[a]! || a - b).slice(0, k);
      expect(topByScore(ids, score, k)).toEqual(expected);
    }
  });
  it('returns nothing for k = 0', () => {
    expect(topByScore([1, 2], [5, 6, 7], 0)).toEqual([]);
  });
});
