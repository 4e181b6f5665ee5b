import type { AttributeKind, CatalogAttribute } from '../catalog/index.js';
import { EngineError } from '../EngineError.js';
import type { GuideOption, GuideQuestion, LocalText, Need, Questionnaire } from './Questionnaire.js';

const KINDS: readonly AttributeKind[] = ['category', 'number', 'yesNo'];
/** The price is always a catalog column: a questionnaire may use it without declaring it. */
const BUILT_IN: CatalogAttribute = { name: 'price', kind: 'number', better: 'less' };

/**
 * A questionnaire from parsed JSON, every part checked: errors (`BAD_QUESTIONNAIRE`) name the
 * question, option and attribute at fault ("question 'budget', option 'under-3': attribute
 * 'prise' is not declared"). Duplicate ids, a need of the wrong kind for its attribute (a word for
 * a number), a negative weight or tolerance are refused.
 */
export function parseQuestionnaire(json: unknown, source = 'questionnaire'): Questionnaire {
  const root = object(json, source);
  const attributes = array(root.attributes ?? [], `${source}: attributes`).map((a, i) => attribute(a, `${source}: attribute ${i + 1}`));
  if (!attributes.some((a) => a.name === 'price')) attributes.push(BUILT_IN);
  unique(attributes.map((a) => a.name), `${source}: attribute`);
  const byName = new Map(attributes.map((a) => [a.name, a]));
  const questions = array(root.questions, `${source}: questions`).map((q, i) => question(q, byName, `${source}: question ${i + 1}`));
  unique(questions.map((q) => q.id), `${source}: question`);
  return { attributes, questions };
}

function attribute(json: unknown, where: string): CatalogAttribute {
  const a = object(json, where);
  const name = text(a.name, `${where}: name`);
  const kind = a.kind as AttributeKind;
  if (!KINDS.includes(kind)) fail(`${where} '${name}': kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(a.kind)}`);
  if (a.better !== undefined && (kind !== 'number' || (a.better !== 'more' && a.better !== 'less'))) fail(`${where} '${name}': better is 'more' or 'less', for numbers only`);
  return { name, kind, ...(a.unit !== undefined ? { unit: text(a.unit, `${where} '${name}': unit`) } : {}), ...(a.better ? { better: a.better as 'more' | 'less' } : {}) };
}

function question(json: unknown, attributes: Map<string, CatalogAttribute>, where: string): GuideQuestion {
  const q = object(json, where);
  const id = text(q.id, `${where}: id`);
  const at = `question '${id}'`;
  const options = array(q.options, `${at}: options`).map((o, i) => option(o, attributes, `${at}, option ${i + 1}`));
  if (options.length === 0) fail(`${at}: has no options`);
  unique(options.map((o) => o.id), `${at}: option`);
  return { id, text: localText(q.text, `${at}: text`), options };
}

function option(json: unknown, attributes: Map<string, CatalogAttribute>, where: string): GuideOption {
  const o = object(json, where);
  const id = text(o.id, `${where}: id`);
  const at = where.replace(/option \d+$/, `option '${id}'`);
  const needs = array(o.needs, `${at}: needs`).map((n, i) => need(n, attributes, `${at}, need ${i + 1}`));
  return { id, label: localText(o.label, `${at}: label`), needs };
}

function need(json: unknown, attributes: Map<string, CatalogAttribute>, where: string): Need {
  const n = object(json, where);
  const name = text(n.attribute, `${where}: attribute`);
  const attr = attributes.get(name);
  const at = `${where.replace(/, need \d+$/, '')}: attribute '${name}'`;
  if (!attr) fail(`${at} is not declared (declared: ${[...attributes.keys()].join(', ')})`);
  const weight = nonNegative(n.weight ?? 1, `${at}: weight`);
  const tolerance = nonNegative(n.tolerance ?? 0, `${at}: tolerance`);
  const hard = n.hard ?? false;
  if (typeof hard !== 'boolean') fail(`${at}: hard is true or false`);
  if (attr.kind === 'number') {
    if (n.values !== undefined || (n.atLeast === undefined && n.atMost === undefined)) fail(`${at} is a number: give atLeast and/or atMost`);
    const bounds = { ...(n.atLeast !== undefined ? { atLeast: finite(n.atLeast, `${at}: atLeast`) } : {}), ...(n.atMost !== undefined ? { atMost: finite(n.atMost, `${at}: atMost`) } : {}) };
    return { attribute: name, ...bounds, tolerance, hard, weight };
  }
  if (n.atLeast !== undefined || n.atMost !== undefined) fail(`${at} is a ${attr.kind === 'yesNo' ? 'yes/no' : 'category'}: give values, not bounds`);
  const values = array(n.values, `${at}: values`);
  const type = attr.kind === 'yesNo' ? 'boolean' : 'string';
  if (values.length === 0 || values.some((v) => typeof v !== type)) fail(`${at}: values must be a non-empty list of ${type}s`);
  return { attribute: name, values: values as (string | boolean)[], tolerance, hard, weight };
}

function localText(json: unknown, where: string): LocalText {
  if (typeof json === 'string' && json.trim() !== '') return { en: json };
  const t = object(json, where);
  return { en: text(t.en, `${where}: en`), ...(t.es !== undefined ? { es: text(t.es, `${where}: es`) } : {}) };
}

function object(json: unknown, where: string): Record<string, unknown> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) fail(`${where}: must be an object`);
  return json as Record<string, unknown>;
}

function array(json: unknown, where: string): unknown[] {
  if (!Array.isArray(json)) fail(`${where}: must be a list`);
  return json as unknown[];
}

function text(json: unknown, where: string): string {
  if (typeof json !== 'string' || json.trim() === '') fail(`${where}: must be a non-empty text`);
  return json as string;
}

function finite(json: unknown, where: string): number {
  if (typeof json !== 'number' || !Number.isFinite(json)) fail(`${where}: must be a number`);
  return json as number;
}

function nonNegative(json: unknown, where: string): number {
  const n = finite(json, where);
  if (n < 0) fail(`${where}: must be 0 or more, got ${n}`);
  return n;
}

function unique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) fail(`${what} '${id}' is declared twice`);
    seen.add(id);
  }
}

function fail(message: string): never {
  throw new EngineError('BAD_QUESTIONNAIRE', message);
}
