/**
 * One step of a recommended price, as data, in the order applied; `renderPriceStep` tells it in the
 * rep's language ("median 2.10 over 14 orders", "-5% win-back = 2.00", "floor 1.95"): a waterfall,
 * each step with the price after it (a median, floor or ceiling step states it already). Prices are unit
 * prices in the proposal's currency; percents are percent points (5 = 5 %).
 */
export type PriceStep = MedianStep | AdjustStep | FloorStep | CeilingStep | PromotionStep;

/** The base price: the median paid over `orders` orders by the customer, its segment, or everyone. */
export interface MedianStep {
  code: 'median';
  price: number;
  orders: number;
  scope: 'customer' | 'segment' | 'everyone';
}

/** A price rule or client rule moving the price: `percent` signed (−5 lowers by 5 %); `rule` its name. */
export interface AdjustStep {
  code: 'adjust';
  percent: number;
  rule: string;
  /** The unit price after this step, to cents (the waterfall); absent in steps made before it was recorded. */
  after?: number;
}

/** The price raised to a minimum (a `min` or `minMargin` rule). */
export interface FloorStep {
  code: 'floor';
  price: number;
}

/** The price lowered to a maximum (a `max` rule). */
export interface CeilingStep {
  code: 'ceiling';
  price: number;
}

/** A promotion's discount: `percent` positive (10 = 10 % off), `name` the promotion's. */
export interface PromotionStep {
  code: 'promotion';
  percent: number;
  name: string;
  /** The unit price after this step, to cents (the waterfall); absent in steps made before it was recorded. */
  after?: number;
}
