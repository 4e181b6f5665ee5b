import { median } from '../models/index.js';
import type { FeedbackIndex } from './FeedbackIndex.js';

/** The parts of a proposed line feedback acts on. */
export interface FeedbackLine {
  productId: string;
  kind: 'habitual' | 'development' | 'extension';
  probability: number;
  quantity: number;
}

/**
 * A customer's proposed lines after feedback: novelties rejected within the cool-down are dropped;
 * a habitual line's probability is multiplied by its ignore factor; a quantity moves to the median
 * of the model's estimate and the last two quantities the rep accepted, so one accepted edit pulls
 * it halfway and two consistent ones settle it. Lines are re-sorted by probability (stable).
 */
export function applyFeedback<L extends FeedbackLine>(customerId: string, lines: readonly L[], feedback: FeedbackIndex): L[] {
  const kept: L[] = [];
  for (const line of lines) {
    if (line.kind !== 'habitual' && feedback.suppressed(customerId, line.productId)) continue;
    const factor = line.kind === 'habitual' ? feedback.habitualFactor(customerId, line.productId) : 1;
    const accepted = feedback.acceptedQuantities(customerId, line.productId).slice(-2);
    const quantity = accepted.length ? Math.max(1, Math.round(median([line.quantity, ...accepted]))) : line.quantity;
    kept.push({ ...line, probability: line.probability * factor, quantity });
  }
  return kept.sort((a, b) => b.probability - a.probability);
}
