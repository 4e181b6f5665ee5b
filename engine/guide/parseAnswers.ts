import { EngineError } from '../EngineError.js';
import type { Answers, Questionnaire } from './Questionnaire.js';

/**
 * A buyer's answers from parsed JSON `{"answers": {questionId: optionId | null}}` (null: skipped),
 * checked against the questionnaire: an unknown question or option is `UNKNOWN_ANSWER`, naming it
 * and what the questionnaire offers instead.
 */
export function parseAnswers(json: unknown, questionnaire: Questionnaire, source = 'answers'): Answers {
  const root = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  const answers = root?.answers;
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    throw new EngineError('BAD_ANSWERS', `${source}: must be {"answers": {questionId: optionId, …}}`);
  }
  const out: Record<string, string | null> = {};
  for (const [questionId, optionId] of Object.entries(answers as Record<string, unknown>)) {
    if (optionId !== null && typeof optionId !== 'string') throw new EngineError('BAD_ANSWERS', `${source}: the answer to '${questionId}' must be an option id or null`);
    out[questionId] = optionId;
  }
  checkAnswers(out, questionnaire, source);
  return out;
}

/** Throws `UNKNOWN_ANSWER` naming the first answer whose question or option the questionnaire lacks. */
export function checkAnswers(answers: Answers, questionnaire: Questionnaire, source = 'answers'): void {
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = questionnaire.questions.find((q) => q.id === questionId);
    if (!question) {
      const known = questionnaire.questions.map((q) => q.id).join(', ');
      throw new EngineError('UNKNOWN_ANSWER', `${source}: unknown question '${questionId}' (the questionnaire asks: ${known})`);
    }
    if (optionId !== null && !question.options.some((o) => o.id === optionId)) {
      const known = question.options.map((o) => o.id).join(', ');
      throw new EngineError('UNKNOWN_ANSWER', `${source}: question '${questionId}' has no option '${optionId}' (options: ${known})`);
    }
  }
}
