import { gTopFreq, habitualModel, pTopFreq, tifuKnn, TIFU_INSTACART, TIFU_PAPER_DEFAULTS, type Model } from '../engine/index.js';

/** The models `evaluate` compares: the engine first, then the baselines of the shared data's README. */
export function evaluationModels(): Model[] {
  return [habitualModel(), gTopFreq(), pTopFreq(), tifuKnn(TIFU_PAPER_DEFAULTS), tifuKnn(TIFU_INSTACART)];
}

/** The baselines of the whole-order table, each cut at the customer's usual basket size (the shared data's README). */
export function wholeOrderBaselines(): Model[] {
  return [pTopFreq(), tifuKnn(TIFU_INSTACART)];
}
