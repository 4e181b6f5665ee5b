// The guided-selling tab's view types (issue 15): what the worker sends the page. Plain data.
import type { IgnoredRecord, ProductSummary } from '../../connector/index.js';

/** One question as the page asks it, in the page's language. */
export interface GuideQuestionView {
  id: string;
  text: string;
  options: { id: string; label: string }[];
}

/** The guide ready for an account: its questions, and the admin's records left out. */
export interface GuideSetup {
  questions: GuideQuestionView[];
  /** Products of the price book the guide ranks. */
  products: number;
  /** Attribute mappings the org could not honour (a Product2 field it does not have): for the admin. */
  ignored: IgnoredRecord[];
}

/** One product of the guide's answer, with what adding it to the order needs. */
export interface GuideProductView {
  product: ProductSummary;
  /** Fit (0–1) plus the small history blend. */
  score: number;
  /** It meets every hard constraint. */
  fits: boolean;
  pros: string[];
  cons: string[];
  /** The engine's one-line reason: what goes on the order line. */
  reason: string;
}

/** A minimal relaxation: dropping these answers lets `admits` products in. `labels`: the answers dropped, as the rep chose them. */
export interface GuideRelaxationView {
  drop: string[];
  labels: string[];
  admits: number;
}

/** The guide's answer to the answers so far. */
export interface GuideAnswer {
  results: GuideProductView[];
  relaxations: GuideRelaxationView[];
  /** The question to ask next; null when none could change the results. */
  nextQuestion: string | null;
  /** How many products meet every hard constraint. */
  fitting: number;
}
