import type { CodeColumn, GuideCatalog } from './GuideCatalog.js';
import type { Answers, GuideQuestion, Questionnaire } from './Questionnaire.js';

/**
 * A simulated rep's interview about a known basket (`products`: catalog indexes), for evaluation.
 * Each question whose options each set needs on one attribute is answered from the basket:
 * - a category: the most common value among the basket's products that state it (ties: the first
 *   in alphabetical order); the answer is the first option accepting it; no such option, or no
 *   product stating the attribute: skipped (not in the answers);
 * - a number bounded above (a budget): the median of the basket's known values; the answer is the
 *   option with the smallest upper bound at or above it, else an option with no needs ("any
 *   price"); numbers bounded below only (pack sizes) are not asked.
 * The answers thus describe the next order, as a buyer would ("mostly red Christmas things, about
 * £2 each"); every method evaluated gets the same answers.
 */
export function simulatedAnswers(catalog: GuideCatalog, questionnaire: Questionnaire, products: readonly number[]): Answers {
  const answers: Record<string, string> = {};
  for (const question of questionnaire.questions) {
    const attributes = new Set(question.options.flatMap((o) => o.needs.map((n) => n.attribute)));
    if (attributes.size !== 1) continue;
    const [attribute] = attributes as Set<string>;
    const column = catalog.columns[attribute]!;
    const answer = column.kind === 'number' ? budgetAnswer(question, column.values, products) : categoryAnswer(question, column, products);
    if (answer !== null) answers[question.id] = answer;
  }
  return answers;
}

function categoryAnswer(question: GuideQuestion, column: CodeColumn, products: readonly number[]): string | null {
  if (column.kind !== 'category') return null;
  const counts = new Map<string, number>();
  for (const p of products) {
    const code = column.codes[p]!;
    if (code >= 0) counts.set(column.words[code]!, (counts.get(column.words[code]!) ?? 0) + 1);
  }
  const [value] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
  if (value === undefined) return null;
  return question.options.find((o) => o.needs.some((n) => n.values?.includes(value)))?.id ?? null;
}

function budgetAnswer(question: GuideQuestion, values: Float64Array, products: readonly number[]): string | null {
  const known = products.map((p) => values[p]!).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (known.length === 0 || !question.options.some((o) => o.needs.some((n) => n.atMost !== undefined))) return null;
  const median = known[(known.length - 1) >> 1]!;
  const bounded = question.options
    .map((o) => ({ id: o.id, bound: o.needs.length === 1 ? o.needs[0]!.atMost : undefined }))
    .filter((o): o is { id: string; bound: number } => o.bound !== undefined && o.bound >= median)
    .sort((a, b) => a.bound - b.bound);
  return bounded[0]?.id ?? question.options.find((o) => o.needs.length === 0)?.id ?? null;
}
