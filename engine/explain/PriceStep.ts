/**
 * One step of a recommended price, as data, in the order applied; `renderPriceStep` tells it in the
 * rep's language ("median 2.10 over 14 orders", "-5% win-back", "floor 1.95"). Prices are unit
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
}
