import type { QuantityNote } from '../quantity/index.js';
import type { Segment } from '../segments/index.js';

/**
 * Why a line is in a proposal, as data: built by the engine, rendered in the rep's language by
 * `renderReason`. Plain objects, so they cross the worker boundary and can be logged. A line may
 * carry several (`renderReasons` joins them: "…; a priority product").
 */
export type Reason = HabitualReason | NeverOrderedReason | CrossSellReason | PremiumVariantReason | MustSellReason | PriorityReason | DevelopmentReason | PopularReason | QuantityNote;

/** A product the customer orders: "ordered in 5 of the last 6 orders, every ~30 days, last 34 days ago". */
export interface HabitualReason {
  code: 'habitual';
  /** Orders of the customer, and how many contain the product. */
  orders: number;
  ordersWithProduct: number;
  /** The recent window (at most `RECENT_ORDERS` orders) and how many of them contain the product. */
  recentOrders: number;
  recentWithProduct: number;
  /** Mean days between the days it was ordered on; `null` when ordered on one day only. */
  everyDays: number | null;
  /** Days since it was last ordered (0: today). */
  daysSinceLast: number;
}

/** A product the customer never ordered, suggested from similar customers. */
export interface NeverOrderedReason {
  code: 'never-ordered';
}

/**
 * Range extension: "customers who buy Red Retrospot Cake Stand also buy it; 64 customers ordered
 * it in the last 3 months". Products are named as the catalogue names them (not translated).
 */
export interface CrossSellReason {
  code: 'cross-sell';
  /** Names of the customer's products that most suggest it (1–2; empty when none stands out). */
  because: string[];
  /** Customers who ordered it in the last `withinDays` days. */
  recentBuyers: number;
  withinDays: number;
}

/** Up-sell to a dearer variant: "a premium variant of Jumbo Bag Red Retrospot, 25 % dearer". */
export interface PremiumVariantReason {
  code: 'premium-variant';
  /** Name of the bought product it is a variant of. */
  of: string;
  /** How much dearer, as a fraction. */
  dearerBy: number;
}

/** A product an admin's must-sell rule adds for the customer's segment. */
export interface MustSellReason {
  code: 'must-sell';
  segment: Segment;
  /** The rule's name, as the admin wrote it (not translated). */
  rule: string;
}

/** A product the rules favour (a product priority weight above 1). */
export interface PriorityReason {
  code: 'priority';
}

/**
 * An up-sell: the customer buys the product less often, or in smaller quantities, than similar
 * customers. `own` and `peers` are days between orders (`frequency`) or units per order (`quantity`).
 */
export interface DevelopmentReason {
  code: 'development';
  measure: 'frequency' | 'quantity';
  own: number;
  peers: number;
}

/** For a customer with no order yet: "popular: 120 customers ordered it in 13 weeks". */
export interface PopularReason {
  code: 'popular';
  recentBuyers: number;
  withinDays: number;
}
