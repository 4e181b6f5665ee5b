import { describe, expect, it } from 'vitest';
import { parseAnswers } from './parseAnswers.js';
import { parseQuestionnaire } from './parseQuestionnaire.js';

const valid = {
  attributes: [{ name: 'colour', kind: 'category' }, { name: 'pack_size', kind: 'number', unit: 'items' }],
  questions: [
    { id: 'colour', text: { en: 'Which colour?', es: '¿De qué color?' }, options: [{ id: 'red', label: { en: 'red', es: 'rojo' }, needs: [{ attribute: 'colour', values: ['red'], hard: true }] }] },
    { id: 'budget', text: 'Price?', options: [{ id: 'under-3', label: 'under £3', needs: [{ attribute: 'price', atMost: 3, tolerance: 0.5, weight: 2 }] }] },
  ],
};

describe('parseQuestionnaire', () => {
  it('reads questions, options and needs with their defaults, price declared for it', () => {
    const q = parseQuestionnaire(valid);
    expect(q.attributes.map((a) => a.name)).toEqual(['colour', 'pack_size', 'price']);
    expect(q.questions[0]!.options[0]!.needs[0]).toEqual({ attribute: 'colour', values: ['red'], tolerance: 0, hard: true, weight: 1 });
    expect(q.questions[1]!.options[0]!.needs[0]).toEqual({ attribute: 'price', atMost: 3, tolerance: 0.5, hard: false, weight: 2 });
    expect(q.questions[1]!.text).toEqual({ en: 'Price?' });
  });

  it('names the question, option and attribute at fault', () => {
    const bad = structuredClone(valid);
    bad.questions[1]!.options[0]!.needs[0]!.attribute = 'prise';
    expect(() => parseQuestionnaire(bad)).toThrow("question 'budget', option 'under-3': attribute 'prise' is not declared (declared: colour, pack_size, price)");
    const word = structuredClone(valid) as { questions: { options: { needs: Record<string, unknown>[] }[] }[] };
    word.questions[1]!.options[0]!.needs[0] = { attribute: 'pack_size', values: ['big'] };
    expect(() => parseQuestionnaire(word)).toThrow("question 'budget', option 'under-3': attribute 'pack_size' is a number: give atLeast and/or atMost");
    const twice = structuredClone(valid);
    twice.questions[1]!.id = 'colour';
    expect(() => parseQuestionnaire(twice)).toThrow("question 'colour' is declared twice");
    const negative = structuredClone(valid) as { questions: { options: { needs: Record<string, unknown>[] }[] }[] };
    negative.questions[0]!.options[0]!.needs[0]!.weight = -1;
    expect(() => parseQuestionnaire(negative)).toThrow("question 'colour', option 'red': attribute 'colour': weight: must be 0 or more, got -1");
  });
});

describe('parseAnswers', () => {
  const q = parseQuestionnaire(valid);
  it('reads answers and skips (null)', () => {
    expect(parseAnswers({ answers: { colour: 'red', budget: null } }, q)).toEqual({ colour: 'red', budget: null });
  });
  it('names an unknown question or option and what there is', () => {
    expect(() => parseAnswers({ answers: { color: 'red' } }, q, 'a.json')).toThrow("a.json: unknown question 'color' (the questionnaire asks: colour, budget)");
    expect(() => parseAnswers({ answers: { colour: 'blue' } }, q, 'a.json')).toThrow("a.json: question 'colour' has no option 'blue' (options: red)");
    expect(() => parseAnswers({ colour: 'red' }, q, 'a.json')).toThrow('a.json: must be {"answers"');
  });
});
