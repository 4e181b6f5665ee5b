import { EngineError } from '../EngineError.js';
import type { CompiledNeed } from './compileNeeds.js';
import { GUIDE_SETTINGS } from './guideSettings.js';
import { monotoneBonus, satisfaction } from './needSatisfaction.js';

/**
 * Every product's weighted satisfaction of the needs, kept as a numerator per product over one
 * denominator so that one more answer is added without rescoring the rest; and per product the
 * bit mask of the hard questions it misses (bit i: `hardQuestions[i]`).
 */
export interface ProductScores {
  numerator: Float64Array;
  denominator: number;
  violated: Int32Array;
  hardQuestions: string[];
}

/** The weight a need adds to the denominator: its weight, plus the monotone share where it applies. */
export function needWeight(need: CompiledNeed): number {
  return need.weight * (need.better !== 0 ? 1 + GUIDE_SETTINGS.monotoneShare : 1);
}

/** Scores every product of a catalog of `products` against `needs` (see `ProductScores`). */
export function scoreProducts(products: number, needs: readonly CompiledNeed[]): ProductScores {
  const numerator = new Float64Array(products);
  const violated = new Int32Array(products);
  const hardQuestions = [...new Set(needs.filter((n) => n.need.hard).map((n) => n.questionId))];
  if (hardQuestions.length > GUIDE_SETTINGS.maxHardQuestions) {
    throw new EngineError('TOO_MANY_HARD_ANSWERS', `${hardQuestions.length} answers set hard constraints; at most ${GUIDE_SETTINGS.maxHardQuestions} can be relaxed`);
  }
  let denominator = 0;
  for (const need of needs) {
    denominator += needWeight(need);
    const bit = need.hard ? 1 << hardQuestions.indexOf(need.questionId) : 0;
    addNeed(need, numerator, violated, bit);
  }
  return { numerator, denominator, violated, hardQuestions };
}

/** Adds one need's weighted satisfaction to `numerator` and, when `bit`, marks the products that miss it. */
export function addNeed(need: CompiledNeed, numerator: Float64Array, violated: Int32Array | null, bit: number): void {
  const w = need.weight;
  const mono = need.better !== 0 ? w * GUIDE_SETTINGS.monotoneShare : 0;
  for (let p = 0; p < numerator.length; p++) {
    const s = satisfaction(need, p);
    numerator[p]! += w * s + (mono > 0 && s === 1 ? mono * monotoneBonus(need, p) : 0);
    if (bit !== 0 && s < 1 && violated) violated[p]! |= bit;
  }
}

/** A product's fit, 0–1: its weighted satisfaction (0 when nothing is asked yet). */
export function fitOf(scores: ProductScores, p: number): number {
  return scores.denominator > 0 ? scores.numerator[p]! / scores.denominator : 0;
}
