import type { CatalogAttribute } from '../catalog/index.js';

/** A text in each language of the catalogue (`en` required; `es` when given, else English). */
export interface LocalText {
  en: string;
  es?: string;
}

/**
 * What an option asks of one attribute: a category or yes/no value among `values`, or a number
 * within `atLeast` … `atMost`. `tolerance` (numbers): how far outside the bound a value still earns
 * partial credit, falling linearly to none. `hard`: a product that misses it does not fit (it stays
 * an alternative, ranked by weighted distance). `weight`: its share of the fit.
 */
export interface Need {
  attribute: string;
  values?: readonly (string | boolean)[];
  atLeast?: number;
  atMost?: number;
  tolerance: number;
  hard: boolean;
  weight: number;
}

/** One answer a buyer can give, in the buyer's words, and the needs it sets. */
export interface GuideOption {
  id: string;
  label: LocalText;
  needs: readonly Need[];
}

/** One question, asked in the buyer's words. */
export interface GuideQuestion {
  id: string;
  text: LocalText;
  options: readonly GuideOption[];
}

/**
 * The questionnaire as data: the attributes it speaks of (kind, unit, which way is better; each a
 * catalog column) and its questions in the order an admin would ask them.
 */
export interface Questionnaire {
  attributes: readonly CatalogAttribute[];
  questions: readonly GuideQuestion[];
}

/** A buyer's answers: question id → chosen option id, or null for a question skipped. */
export type Answers = Readonly<Record<string, string | null>>;
