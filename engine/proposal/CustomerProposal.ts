/** What kind of line a proposal holds: a product the customer orders, or one it never has. */
export type LineKind = 'habitual' | 'extension';

/** One proposed line: the product, how likely and how many, and why. */
export interface ProposalLine {
  productId: string;
  kind: LineKind;
  /** Probability that the product is in the customer's next order, rounded to 2 decimals. */
  probability: number;
  /** Recommended units, a whole number ≥ 1. */
  quantity: number;
  reason: string;
}

/** One customer's proposed order, best line first. */
export interface CustomerProposal {
  customerId: string;
  items: ProposalLine[];
}
