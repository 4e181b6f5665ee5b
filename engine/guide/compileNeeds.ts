import type { CatalogAttribute } from '../catalog/index.js';
import type { CodeColumn, GuideCatalog, NumberColumn } from './GuideCatalog.js';
import type { Answers, LocalText, Need, Questionnaire } from './Questionnaire.js';

/** A need ready to score: where it comes from, its attribute, its column, and the codes it accepts. */
export interface CompiledNeed {
  questionId: string;
  optionId: string;
  /** The option's label: pros and cons are said in the buyer's words. */
  label: LocalText;
  need: Need;
  attribute: CatalogAttribute;
  column: NumberColumn | CodeColumn;
  /** Category and yes/no: 1 for each code of `column.words` the need accepts. */
  accepts: Uint8Array;
  // The need's terms flattened, every need with the same shape (scored by the ten thousand per answer).
  weight: number;
  hard: boolean;
  tolerance: number;
  /** The bounds of a number need (−∞ / +∞ when open). */
  low: number;
  high: number;
  /** 1: more is always better, −1: less is, 0: neither. */
  better: number;
  /** The column's values (numbers) or codes (others); the other one is null. */
  numbers: Float64Array | null;
  codes: Int32Array | null;
}

/** The needs of one option of one question, compiled against the catalog's columns. */
export function compileOption(catalog: GuideCatalog, questionnaire: Questionnaire, questionId: string, optionId: string): CompiledNeed[] {
  const question = questionnaire.questions.find((q) => q.id === questionId)!;
  const option = question.options.find((o) => o.id === optionId)!;
  return option.needs.map((need) => {
    const attribute = questionnaire.attributes.find((a) => a.name === need.attribute)!;
    const column = catalog.columns[need.attribute]!;
    const accepts = new Uint8Array(column.kind === 'number' ? 0 : column.words.length);
    if (column.kind !== 'number') {
      const wanted = new Set((need.values ?? []).map((v) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : v.trim().toLowerCase())));
      column.words.forEach((w, code) => (accepts[code] = wanted.has(w) ? 1 : 0));
    }
    const better = attribute.better === 'more' ? 1 : attribute.better === 'less' ? -1 : 0;
    const numbers = column.kind === 'number' ? column.values : null;
    const codes = column.kind === 'number' ? null : column.codes;
    const [low, high] = [need.atLeast ?? -Infinity, need.atMost ?? Infinity];
    return { questionId, optionId, label: option.label, need, attribute, column, accepts, weight: need.weight, hard: need.hard, tolerance: need.tolerance, low, high, better, numbers, codes };
  });
}

/** Every answered question's needs, in answer order (skipped questions set none). */
export function compileAnswers(catalog: GuideCatalog, questionnaire: Questionnaire, answers: Answers): CompiledNeed[] {
  return Object.entries(answers).flatMap(([q, o]) => (o === null ? [] : compileOption(catalog, questionnaire, q, o)));
}
