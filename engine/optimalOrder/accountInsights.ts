import type { FittedHabitualModel } from '../models/index.js';
import type { OrderHistory } from '../prep/index.js';
import { ENGINE_VERSION } from '../version.js';
import { ACCOUNT_INSIGHT_FORMAT, type AccountInsight } from './AccountInsight.js';
import type { PreparedModel } from './PreparedModel.js';

/** Customer `c`'s account insight from a fitted habitual model, for the model prepared as of `asOf`; null for a customer with no order in `past`. */
export function accountInsightOf(past: OrderHistory, asOf: number, habitual: FittedHabitualModel, c: number): AccountInsight | null {
  if (!(Number.isInteger(c) && c >= 0 && c < past.customerIds.length)) return null;
  if (past.basketStart[c + 1]! === past.basketStart[c]!) return null;
  const { products, scores } = habitual.neighbourInsight(c);
  return {
    format: ACCOUNT_INSIGHT_FORMAT,
    engineVersion: ENGINE_VERSION,
    accountId: past.customerIds[c]!,
    modelAsOf: asOf,
    products: Array.from(products, (p) => past.productIds[p]!),
    scores: Array.from(scores),
  };
}

/**
 * The neighbour scores of the customers of `history` from their insights (by customer id), as
 * product indexes of `history`: an insight of another model or engine version, or of another
 * account than its key, is left out (its customer then has none), and so are its products the
 * history does not number.
 */
export function neighbourScoresFrom(
  model: PreparedModel,
  history: OrderHistory,
  insights: ReadonlyMap<string, AccountInsight>,
): Map<number, { products: Int32Array; scores: Float64Array }> {
  const out = new Map<number, { products: Int32Array; scores: Float64Array }>();
  if (insights.size === 0) return out;
  const productIndex = new Map(history.productIds.map((id, p) => [id, p] as const));
  history.customerIds.forEach((id, c) => {
    const insight = insights.get(id);
    if (!insight || insight.accountId !== id || insight.modelAsOf !== model.asOf || insight.engineVersion !== model.engineVersion) return;
    const products: number[] = [];
    const scores: number[] = [];
    insight.products.forEach((productId, i) => {
      const p = productIndex.get(productId);
      if (p === undefined) return;
      products.push(p);
      scores.push(insight.scores[i]!);
    });
    out.set(c, { products: Int32Array.from(products), scores: Float64Array.from(scores) });
  });
  return out;
}
