import { GUIDE_SETTINGS } from './guideSettings.js';

/** A minimal set of answers to drop, and how many products meet every hard constraint left. */
export interface Relaxation {
  drop: string[];
  admits: number;
}

/**
 * When no product meets every hard constraint, the minimal diagnoses: the smallest sets of answers
 * (by inclusion) whose relaxation lets at least one product in, each with how many it lets in; at
 * most `cap`, fewest answers first, then most products admitted. Empty when some product fits.
 *
 * FastDiag and QuickXPlain find diagnoses with a consistency check ("does some product meet these
 * constraints?"). Over a finite catalog that check is "does some product miss only dropped
 * answers", so the diagnoses are exactly the supersets of some product's set of missed answers,
 * and the minimal diagnoses are the minimal sets among those: computed directly, all of them,
 * from one bit mask per product (`violated`, bit i = `hardQuestions[i]`) in O(products + masks²).
 */
export function minimalRelaxations(violated: Int32Array, hardQuestions: readonly string[], cap: number = GUIDE_SETTINGS.maxRelaxations): Relaxation[] {
  const counts = new Map<number, number>();
  for (const mask of violated) counts.set(mask, (counts.get(mask) ?? 0) + 1);
  if (counts.has(0) || violated.length === 0) return [];
  const masks = [...counts.keys()];
  const minimal = masks.filter((m) => !masks.some((o) => o !== m && (o & m) === o));
  const admits = (d: number) => masks.reduce((n, m) => ((m & d) === m ? n + counts.get(m)! : n), 0);
  return minimal
    .map((mask) => ({ mask, size: popCount(mask), admits: admits(mask) }))
    .sort((a, b) => a.size - b.size || b.admits - a.admits || a.mask - b.mask)
    .slice(0, cap)
    .map(({ mask, admits: n }) => ({ drop: hardQuestions.filter((_, i) => (mask & (1 << i)) !== 0), admits: n }));
}

function popCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}
