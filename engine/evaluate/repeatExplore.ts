import { hitsAtK } from './recallAtK.js';

/** One customer's result split into repeat items (bought before the cut-off) and explore items. */
export interface RepeatExplore {
  /** Recall@k on the target's repeat items; `null` when the target has none. */
  repeatRecall: number | null;
  /** Recall@k on the target's explore (never bought before) items; `null` when it has none. */
  exploreRecall: number | null;
  /** Share of the top k recommended (distinct) products that are repeats; `null` when none. */
  repeatShare: number | null;
}

/**
 * The repeat/explore split of one customer: `past` is the set of products the customer bought
 * before the cut-off. The target splits into repeat = target ∩ past and explore = target \ past;
 * each part's recall is |top k ∩ part| / |part| (`null` for an empty part, so averages run over
 * the customers that have such items). `repeatShare` = |top k ∩ past| / |top k|, counting
 * distinct products.
 */
export function repeatExplore(
  ranked: ArrayLike<number>,
  target: ArrayLike<number>,
  past: ReadonlySet<number>,
  k: number,
): RepeatExplore {
  const repeat = new Set<number>();
  const explore = new Set<number>();
  for (let i = 0; i < target.length; i++) {
    const p = target[i]!;
    (past.has(p) ? repeat : explore).add(p);
  }
  const top = new Set(Array.from(ranked).slice(0, k));
  let topRepeats = 0;
  for (const p of top) if (past.has(p)) topRepeats++;
  return {
    repeatRecall: repeat.size ? hitsAtK(ranked, repeat, k) / repeat.size : null,
    exploreRecall: explore.size ? hitsAtK(ranked, explore, k) / explore.size : null,
    repeatShare: top.size ? topRepeats / top.size : null,
  };
}
