import type { Reason } from '../explain/index.js';
import type { CandidateLine } from './assembleOptimalOrder.js';
import type { LineKind } from './OptimalOrder.js';

/** A candidate line with its product index and section: what the candidate steps give the assembly. */
export interface ModelLine extends CandidateLine {
  product: number;
  kind: LineKind;
}

/**
 * A model's candidate line: product `product` (index; `productId` its id) in section `kind`, whole
 * units (at least 1), and a reason built only when read: most candidates are dropped unexplained.
 */
export function candidateLine(product: number, productId: string, kind: LineKind, probability: number, quantity: number, why: () => Reason): ModelLine {
  let reason: Reason | undefined;
  return {
    product,
    productId,
    kind,
    probability,
    quantity: Math.max(1, Math.round(quantity)),
    get reason(): Reason {
      return (reason ??= why());
    },
  };
}
