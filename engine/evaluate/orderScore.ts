import { EngineError } from '../EngineError.js';

/** One proposal judged as a whole order against the customer's next order. */
export interface OrderScore {
  /** Proposed products that are in the next order / proposed products (0 for an empty proposal). */
  precision: number;
  /** The same hits / products of the next order. */
  recall: number;
  /** Harmonic mean of the two; 0 without a hit. */
  f1: number;
}

/**
 * Scores a proposal as a set: every proposed product (each once, whatever its section) against the
 * set of products of the target order. Throws `EMPTY_TARGET` for an empty target.
 */
export function orderScore(proposed: Iterable<number>, target: ArrayLike<number>): OrderScore {
  const relevant = new Set(Array.from(target));
  if (relevant.size === 0) throw new EngineError('EMPTY_TARGET', 'orderScore: the target order is empty');
  const lines = new Set(proposed);
  let hits = 0;
  for (const p of lines) if (relevant.has(p)) hits++;
  if (hits === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = hits / lines.size;
  const recall = hits / relevant.size;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
