import type { Segment } from '../segments/Segment.js';

/**
 * What an admin sets (JSON in the CLI; custom metadata in Salesforce later). Every part is
 * optional; `parseRules` validates it and names the rule and field of anything wrong.
 */
export interface BusinessRules {
  /** Products to favour: a multiplier (> 0) of their expected value in ranking; > 1 favours. */
  productPriorities?: { name: string; productId: string; weight: number }[];
  /** Products the company promotes: shown as extension candidates when they pass the thresholds. */
  promotedProducts?: { name: string; productIds: string[] }[];
  /** Products every customer of a segment should be offered when it does not buy them. */
  mustSell?: { name: string; segment: Segment; productIds: string[] }[];
  /** Products never proposed (discontinued, restricted). */
  excludedProducts?: { name: string; productIds: string[] }[];
  /** Per kind of client: what its proposals may contain and what it is offered. */
  clientRules?: ClientRule[];
  /** Price rules, applied in order after the base price. */
  priceRules?: PriceRule[];
  /** No-overwhelming: a novelty (development or extension) needs both to be shown. */
  novelty?: { minProbability: number; minExpectedValue: number; maxPerProposal: number };
}

/** Rules for new, active or win-back (at-risk and lapsed) clients. */
export interface ClientRule {
  name: string;
  appliesTo: 'new' | 'active' | 'win-back';
  /** Discount on every line, in percent (the win-back offer, a welcome discount). */
  discountPercent?: number;
  /** Overrides `novelty.maxPerProposal` for these clients. */
  maxNovelties?: number;
  /** Text of the offer, shown in the win-back list and the proposal text. */
  offer?: string;
}

/** One price rule; `when` narrows where it applies (all lines when omitted). */
export type PriceRule =
  | { name: string; kind: 'raise' | 'lower'; percent: number; when?: PriceCondition }
  | { name: string; kind: 'min' | 'max'; value: number; when?: PriceCondition }
  | { name: string; kind: 'minMargin'; percentOfBase: number; when?: PriceCondition };

/** Where a price rule applies: all given conditions must hold. */
export interface PriceCondition {
  segments?: Segment[];
  productIds?: string[];
  /** Demand of the product is rising (recent popularity above its long-run share) or falling. */
  demand?: 'rising' | 'falling';
  lineKinds?: ('habitual' | 'development' | 'extension')[];
}
