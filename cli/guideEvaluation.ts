import { evaluateGuide, nextBasketSplit, parseQuestionnaire, type OrderHistory } from '../engine/index.js';
import { formatTable } from './formatTable.js';
import { readJsonFile } from './readJsonFile.js';

/**
 * Guided selling on a next-order split (`evaluateGuide`), as a table: hit rate@k and recall@k of
 * CPQ-style filtering, the guide without and with the history blend, and familiarity alone.
 * Shared by `evaluate --guide` and the bench.
 */
export async function guideEvaluationTable(history: OrderHistory, questionnairePath: string, cutoff: number, horizonDays: number, k: number): Promise<string> {
  const questionnaire = parseQuestionnaire(await readJsonFile(questionnairePath), questionnairePath);
  const { rows, customers, answered } = evaluateGuide(nextBasketSplit(history, cutoff, horizonDays), questionnaire, k);
  const table = formatTable(
    ['method', `hit rate@${k}`, `Recall@${k}`, 'products listed'],
    rows.map((r) => [r.method, r.hitRate.toFixed(3), r.recall.toFixed(3), r.listed.toFixed(1)]),
  );
  return `Guided selling: ${customers} target customers, a simulated interview about each next order (${answered.toFixed(1)} answers on average)\n\n${table}`;
}
