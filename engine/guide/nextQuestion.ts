import { compileOption, type CompiledNeed } from './compileNeeds.js';
import type { GuideCatalog } from './GuideCatalog.js';
import { GUIDE_SETTINGS } from './guideSettings.js';
import { monotoneBonus, satisfaction } from './needSatisfaction.js';
import type { Answers, GuideQuestion, Questionnaire } from './Questionnaire.js';
import { topK } from './rankKeys.js';
import { needWeight, type ProductScores } from './scoreProducts.js';
import { TopList } from './TopList.js';

/** What `nextQuestion` needs of the current state: the scores, the familiarity, the top k shown and the ranking keys. */
export interface GuideState {
  catalog: GuideCatalog;
  questionnaire: Questionnaire;
  answers: Answers;
  scores: ProductScores;
  familiarity: Float64Array | null;
  keys: Float64Array;
  top: readonly number[];
}

/**
 * The question to ask next: among those not answered nor skipped, the one whose options best
 * separate the products in contention (the top `GUIDE_SETTINGS.contention`), by the Gini impurity of
 * which option each product fits best (products that fit all options alike do not count); a question
 * none of whose options would change the top k shown is skipped. Null when no question is left
 * that could change them. Ties: the questionnaire's order.
 */
export function nextQuestion(state: GuideState): string | null {
  const contention = topK(state.keys, GUIDE_SETTINGS.contention);
  let best: string | null = null;
  let bestSeparation = -1;
  for (const question of state.questionnaire.questions) {
    if (question.id in state.answers) continue;
    const options = question.options.map((o) => compileOption(state.catalog, state.questionnaire, question.id, o.id));
    if (!options.some((needs) => changesTop(state, needs))) continue;
    const separation = separationOf(question, options, contention);
    if (separation > bestSeparation) [best, bestSeparation] = [question.id, separation];
  }
  return best;
}

/**
 * True when adding these needs would change the top k (which products, or their order): every
 * product's key recomputed in one pass, as `rankKeys` would with the needs added, into a `TopList`.
 */
function changesTop(state: GuideState, needs: readonly CompiledNeed[]): boolean {
  const { numerator, violated } = state.scores;
  const familiarity = state.familiarity;
  let denominator = state.scores.denominator;
  for (const need of needs) denominator += needWeight(need);
  const top = new TopList(state.top.length);
  for (let p = 0; p < numerator.length; p++) {
    let num = numerator[p]!;
    let fits = violated[p] === 0;
    for (let i = 0; i < needs.length; i++) {
      const need = needs[i]!;
      const s = satisfaction(need, p);
      num += need.weight * s + (need.better !== 0 && s === 1 ? need.weight * GUIDE_SETTINGS.monotoneShare * monotoneBonus(need, p) : 0);
      if (need.hard && s < 1) fits = false;
    }
    const key = (fits ? 2 : 0) + (denominator > 0 ? num / denominator : 0) + (familiarity ? GUIDE_SETTINGS.historyBlend * familiarity[p]! : 0);
    top.offer(p, key);
  }
  return top.size !== state.top.length || state.top.some((p, i) => top.indexes[i] !== p);
}

/** Gini impurity of the products' best-fitting option, scaled by the share of products that have one. */
function separationOf(question: GuideQuestion, options: readonly CompiledNeed[][], contention: readonly number[]): number {
  const counts = new Array<number>(question.options.length).fill(0);
  let decided = 0;
  for (const p of contention) {
    const fits = options.map((needs) => optionFit(needs, p));
    const max = Math.max(...fits);
    const first = fits.indexOf(max);
    if (fits.lastIndexOf(max) !== first) continue;
    counts[first]!++;
    decided++;
  }
  if (decided === 0) return 0;
  const gini = 1 - counts.reduce((sum, c) => sum + (c / decided) ** 2, 0);
  return gini * (decided / contention.length);
}

/** A product's weighted satisfaction of one option's needs, 0–1. */
function optionFit(needs: readonly CompiledNeed[], p: number): number {
  let num = 0;
  let den = 0;
  for (const need of needs) {
    num += need.weight * satisfaction(need, p);
    den += need.weight;
  }
  return den > 0 ? num / den : 0;
}
