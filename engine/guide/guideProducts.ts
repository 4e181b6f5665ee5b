import { compileAnswers } from './compileNeeds.js';
import { explainProduct } from './explainProduct.js';
import type { Familiarity } from './familiarity.js';
import type { GuideCatalog } from './GuideCatalog.js';
import { minimalRelaxations, type Relaxation } from './minimalRelaxations.js';
import { nextQuestion } from './nextQuestion.js';
import { checkAnswers } from './parseAnswers.js';
import type { Answers, Questionnaire } from './Questionnaire.js';
import { rankKeys, topK } from './rankKeys.js';
import { fitOf, scoreProducts } from './scoreProducts.js';

/** One product of the guide's answer. `fits`: it meets every hard constraint. `score`: fit (0–1) plus the history blend. */
export interface GuidedProduct {
  productId: string;
  name: string;
  score: number;
  fits: boolean;
  pros: string[];
  cons: string[];
  reason: string;
}

/**
 * The guide's answer: the top products (those that fit first, then the nearest alternatives by
 * weighted distance, i.e. the highest fit), the minimal relaxations when nothing fits, the next
 * question to ask (null: none could change the results), and how many products fit.
 */
export interface GuideResult {
  results: GuidedProduct[];
  relaxations: Relaxation[];
  nextQuestion: string | null;
  fitting: number;
}

/** Options of one guide call: results wanted, language, the account's familiarity (null: no history blend), and whether to choose the next question (default true; an evaluation that only ranks skips it). */
export interface GuideOptions {
  k?: number;
  locale?: string;
  familiarity?: Familiarity | null;
  ask?: boolean;
}

/**
 * Guided selling, one call per answer: scores every product of `catalog` against `answers` by
 * multi-attribute utility, explains the top `k`, lists the minimal relaxations when no product
 * meets every hard constraint, and proposes the next question. Plain data in and out (a Web
 * Worker calls it as is). Unknown questions or options are `UNKNOWN_ANSWER`.
 */
export function guideProducts(catalog: GuideCatalog, questionnaire: Questionnaire, answers: Answers, options: GuideOptions = {}): GuideResult {
  checkAnswers(answers, questionnaire);
  const { k = 10, locale = 'en', familiarity = null, ask = true } = options;
  const n = catalog.productIds.length;
  const needs = compileAnswers(catalog, questionnaire, answers);
  const scores = scoreProducts(n, needs);
  const keys = rankKeys((p) => fitOf(scores, p), (p) => scores.violated[p] === 0, familiarity?.score ?? null, n);
  const top = topK(keys, k);
  let fitting = 0;
  for (const mask of scores.violated) if (mask === 0) fitting++;
  const results = top.map((p) => ({
    productId: catalog.productIds[p]!,
    name: catalog.names[p]!,
    score: Math.round((keys[p]! - (scores.violated[p] === 0 ? 2 : 0)) * 1000) / 1000,
    fits: scores.violated[p] === 0,
    ...explainProduct(needs, p, familiarity, locale),
  }));
  return {
    results,
    relaxations: minimalRelaxations(scores.violated, scores.hardQuestions),
    nextQuestion: !ask ? null : nextQuestion({ catalog, questionnaire, answers, scores, familiarity: familiarity?.score ?? null, keys, top }),
    fitting,
  };
}
