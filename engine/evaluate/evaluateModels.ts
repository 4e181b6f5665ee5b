import type { Model } from '../models/index.js';
import { evaluateModel, type EvaluationRow } from './evaluateModel.js';
import type { NextBasketSplit } from './nextBasketSplit.js';

/** Evaluates each model on the same split and top `k`, one row per model in the given order. */
export function evaluateModels(models: readonly Model[], split: NextBasketSplit, k: number): EvaluationRow[] {
  return models.map((model) => evaluateModel(model, split, k));
}
