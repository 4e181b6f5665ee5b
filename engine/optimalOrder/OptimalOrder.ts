import type { PriceQuote } from '../pricing/index.js';
import type { Segment } from '../segments/index.js';

/** The three sections of an optimal order, in the order they are shown. */
export type LineKind = 'habitual' | 'development' | 'extension';

/** The promotion a line gets, if any. */
export interface LinePromotion {
  name: string;
  discountPercent: number;
}

/** One line of an optimal order: what, how many, at what price, and why. */
export interface OptimalOrderLine {
  productId: string;
  kind: LineKind;
  /** Probability that the customer orders it (next order for habitual lines, within the horizon for novelties), 2 decimals. */
  probability: number;
  /** Whole units, ≥ 1. */
  quantity: number;
  price: PriceQuote;
  promotion: LinePromotion | null;
  /** probability × quantity × price (× the product's priority weight), rounded to cents: the ranking key. */
  expectedValue: number;
  /** Why the line is there, in plain words. */
  reason: string;
}

/** What the customer usually orders, and how much of it a proposal covers: the header's "covers 78 % of the usual £306". */
export interface UsualOrder {
  /** Usual number of lines: the median number of distinct products of its orders (`usualBasketSize`). */
  lines: number;
  /** Usual order value: the mean value of an order day (the segment's `orderValue`), rounded to cents. */
  value: number;
  /** The proposal's value (Σ quantity × price over every line) / `value`, 2 decimals (0.78 = 78 %); `null` when `value` is 0. */
  covered: number | null;
}

/** One customer's optimal order: its segment and its lines, section by section, best first. */
export interface OptimalOrder {
  customerId: string;
  segment: Segment;
  items: OptimalOrderLine[];
  /** The customer's usual order and the share the proposal covers; absent for a customer with no order yet. */
  usual?: UsualOrder;
}
