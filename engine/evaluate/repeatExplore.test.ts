import { describe, expect, it } from 'vitest';
import { repeatExplore } from './repeatExplore.js';

describe('repeatExplore', () => {
  const past = new Set([1, 2, 3]);

  it('splits the target into repeat and explore items and scores each part', () => {
    // Target [1, 4, 5]: repeat {1}, explore {4, 5}. Top 3 of [1, 2, 6, 4] = {1, 2, 6}.
    expect(repeatExplore([1, 2, 6, 4], [1, 4, 5], past, 3)).toEqual({
      repeatRecall: 1,
      exploreRecall: 0,
      repeatShare: 2 / 3,
    });
    // Top 4 adds 4: explore recall 1/2; repeats 1 and 2 out of 4 recommended.
    expect(repeatExplore([1, 2, 6, 4], [1, 4, 5], past, 4)).toEqual({
      repeatRecall: 1,
      exploreRecall: 0.5,
      repeatShare: 0.5,
    });
  });

  it('gives null for a part the target lacks and for an empty recommendation', () => {
    expect(repeatExplore([1], [1, 2], past, 10)).toEqual({ repeatRecall: 0.5, exploreRecall: null, repeatShare: 1 });
    expect(repeatExplore([], [9], past, 10)).toEqual({ repeatRecall: null, exploreRecall: 0, repeatShare: null });
  });

  it('counts distinct recommended products in the repeat share', () => {
    expect(repeatExplore([1, 1, 9], [9], past, 3).repeatShare).toBe(0.5);
  });
});
