import type { PriceQuote } from '../pricing/index.js';
import type { UnusualQuantityNote } from '../quantity/index.js';
import type { Segment } from '../segments/index.js';

/** The three sections of an optimal order, in the order they are shown. */
export type LineKind = 'habitual' | 'development' | 'extension';

/**
 * The promotion a line gets, if any: only one that lowers the line's final price (after the price
 * rules, floor included; see `choosePromotion`).
 */
export interface LinePromotion {
  name: string;
  /** The promotion's discount as the admin set it, in percent. */
  discountPercent: number;
  /**
   * What it takes off this line's final price, in percent of the price without it, 1 decimal: the
   * discount the customer actually gets, below `discountPercent` when a floor stops it. Always set
   * by the engine; absent in lines made elsewhere (read `discountPercent` then).
   */
  appliedPercent?: number;
}

/** One line of an optimal order: what, how many, at what price, and why. */
export interface OptimalOrderLine {
  productId: string;
  kind: LineKind;
  /** Probability that the customer orders it (next order for habitual lines, within the horizon for novelties), 2 decimals. */
  probability: number;
  /** Whole units, ≥ 1. */
  quantity: number;
  /**
   * Set only when the quantity is unusual for this customer (outside its own usual range of the
   * product) or, with too few orders of it, for the product: the rep should check it. The reason says so in words.
   */
  unusualQuantity?: UnusualQuantityNote;
  price: PriceQuote;
  promotion: LinePromotion | null;
  /**
   * The unit price this customer paid on its last order of the product; null when it never
   * bought it at a known price. Set by the engine (absent in lines made elsewhere).
   */
  lastPrice?: number | null;
  /**
   * The net discount of `price.value` against the base price its steps start from (the median
   * paid), in percent, 1 decimal: 0 when the floor brings the price back to the median, negative
   * when rules raise it; null for a line without a price. Set by the engine.
   */
  netDiscount?: number | null;
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
  /** The offer of the client rule for the customer's kind (win-back, welcome), for a banner; absent when the rule has neither offer text nor discount. */
  offer?: ClientOffer;
}

/**
 * The client rule's offer as the order carries it: which rule, why the customer gets it, and the
 * discount it actually gives once floors have had their say.
 */
export interface ClientOffer {
  /** The client rule's name. */
  rule: string;
  /** The kind of client it is for: `win-back` (at-risk and lapsed), `new` (welcome), `active`. */
  appliesTo: 'new' | 'active' | 'win-back';
  /** Why this customer gets it, in the order's language: "to win the customer back: orders every ~3 weeks, last order 4 months ago, …". */
  reason: string;
  /** The admin's offer text, as written (for the rep's banner); null when it has none. */
  text: string | null;
  /**
   * Whether the proposal text may repeat `text` to the customer: the rule has no discount, or the
   * order gets all of it. When floors take part of it back, the text would promise more than the
   * prices give; the proposal then states `appliedPercent` alone.
   */
  inProposal: boolean;
  /** The rule's discount on every line, in percent, as set; 0 when none. */
  discountPercent: number;
  /**
   * The discount the customer actually gets from it over the whole order, in percent of what the
   * lines would cost without it (quantities as proposed), 1 decimal: below `discountPercent` when
   * floors absorb part of it, 0 when they absorb all of it.
   */
  appliedPercent: number;
}
