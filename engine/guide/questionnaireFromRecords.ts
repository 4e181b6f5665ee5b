import { EngineError } from '../EngineError.js';
import type { Questionnaire } from './Questionnaire.js';
import { parseQuestionnaire } from './parseQuestionnaire.js';

/** One `OO_ProductAttribute__mdt` record as plain data: which Product2 field is which attribute. */
export interface AttributeRecord {
  attribute: string;
  /** The Product2 field the connector reads for it (standard, e.g. Family, or custom). */
  field: string;
  kind: string;
  unit?: string | null;
  better?: string | null;
}

/** One `OO_GuideQuestion__mdt` record as plain data. */
export interface QuestionRecord {
  questionId: string;
  order: number;
  textEn: string;
  textEs?: string | null;
}

/** One `OO_GuideOption__mdt` record as plain data; `needs` is the JSON text of its needs list. */
export interface OptionRecord {
  questionId: string;
  optionId: string;
  order: number;
  labelEn: string;
  labelEs?: string | null;
  needs: string | null;
}

/**
 * The questionnaire an admin keeps in custom metadata, from its records: questions and, within
 * each, options by `order`; then checked as `parseQuestionnaire` checks a file. An option of an
 * unknown question, or needs that are not JSON, are `BAD_QUESTIONNAIRE`, naming the record.
 */
export function questionnaireFromRecords(attributes: readonly AttributeRecord[], questions: readonly QuestionRecord[], options: readonly OptionRecord[], source = 'custom metadata'): Questionnaire {
  const known = new Set(questions.map((q) => q.questionId));
  const stray = options.find((o) => !known.has(o.questionId));
  if (stray) throw new EngineError('BAD_QUESTIONNAIRE', `${source}: option '${stray.optionId}' answers question '${stray.questionId}', which has no OO_GuideQuestion__mdt record`);
  const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
  return parseQuestionnaire(
    {
      attributes: attributes.map((a) => ({ name: a.attribute, kind: a.kind, ...(a.unit ? { unit: a.unit } : {}), ...(a.better ? { better: a.better } : {}) })),
      questions: [...questions].sort(byOrder).map((q) => ({
        id: q.questionId,
        text: { en: q.textEn, ...(q.textEs ? { es: q.textEs } : {}) },
        options: options.filter((o) => o.questionId === q.questionId).sort(byOrder).map((o) => ({
          id: o.optionId,
          label: { en: o.labelEn, ...(o.labelEs ? { es: o.labelEs } : {}) },
          needs: needsOf(o, source),
        })),
      })),
    },
    source,
  );
}

function needsOf(option: OptionRecord, source: string): unknown {
  try {
    return JSON.parse(option.needs ?? '[]');
  } catch (error) {
    throw new EngineError('BAD_QUESTIONNAIRE', `${source}: question '${option.questionId}', option '${option.optionId}': needs are not JSON (${(error as Error).message.slice(0, 80)})`);
  }
}
