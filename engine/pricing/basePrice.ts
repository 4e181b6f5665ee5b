import type { MedianStep } from '../explain/index.js';
import { MIN_CELL_BUYERS } from '../privacy/index.js';
import { SEGMENTS } from '../segments/index.js';
import type { PriceBook } from './PriceBook.js';
import { robustMedian } from './robustMedian.js';

/** A line's base price: the robust median paid, its spread, and the step that says where from. */
export interface BasePrice {
  value: number;
  /** Median absolute deviation of the prices kept (same unit as the price). */
  mad: number;
  step: MedianStep;
}

/**
 * Fewest orders each level needs before its median is trusted: a customer's own price from 3
 * (one or two orders may be a one-off deal), its segment's from 5, everyone's from 1 (the last
 * resort: any known price beats none). A level shared by several customers also needs
 * `MIN_CELL_BUYERS` buyers, and as many orders (`computeLevel`).
 */
export const MIN_ORDERS = { customer: 3, segment: 5, everyone: 1 } as const;

const SCOPES = ['customer', 'segment', 'everyone'] as const;

/**
 * The base unit price of `product` for `customer` (indexes in the book's history): the median of
 * the prices this customer paid for it, each order counted once whatever its quantity (a large
 * order must not set everyone's price), outliers dropped (see `robustMedian`); else, with fewer
 * than `MIN_ORDERS.customer` orders, the median over the customers of its segment; else over
 * everyone; a level holds a price only from `MIN_CELL_BUYERS` distinct buyers (decisions/0025), so
 * for a product fewer bought the customer's own orders, however few, are the last resort. Null
 * when none of these has a known price. The step names the level and the orders kept, e.g.
 * "median 2.10 over 14 orders".
 */
export function basePrice(book: PriceBook, customer: number, product: number): BasePrice | null {
  if (!(product >= 0 && product < book.start.length - 1)) return null;
  const own = ownPrices(book, customer, product);
  if (own.length >= MIN_ORDERS.customer) return quote(own, 'customer');
  const segment = customer >= 0 && customer < book.segmentCode.length ? book.segmentCode[customer]! : -1;
  const level = (segment >= 0 ? levelPrice(book, product, 1 + segment) : null) ?? levelPrice(book, product, 0);
  // A product too few customers bought for a shared price: the customer's own orders, however few.
  return level ?? (own.length ? quote(own, 'customer') : null);
}

/** Whether `basePrice(book, customer, product)` gives a price: the customer paid one, or the product has everyone's. */
export function hasBasePrice(book: PriceBook, customer: number, product: number): boolean {
  if (!(product >= 0 && product < book.start.length - 1)) return false;
  return ownPrices(book, customer, product).length > 0 || levelPrice(book, product, 0) !== null;
}

/**
 * A copy of the prices customer `customer` paid for `product`, in the book's order (a contiguous
 * run, found by binary search): a copy, as `robustMedian` may reorder what it is given, and the
 * book's order is time (`lastPaidPrice`).
 */
function ownPrices(book: PriceBook, customer: number, product: number): Float64Array {
  const lo = book.start[product]!;
  const hi = book.start[product + 1]!;
  const first = lowerBound(book.customer, lo, hi, customer);
  const last = lowerBound(book.customer, first, hi, customer + 1);
  return book.price.slice(first, last);
}

/** Levels of a base price above the customer's own: everyone (0), then one per segment (1 + its index in `SEGMENTS`). */
export const PRICE_LEVELS = 1 + SEGMENTS.length;

/**
 * The base prices of every product at every level above the customer's own, as plain data for a
 * prepared model: `value[p · PRICE_LEVELS + level]` (`NaN`: no price at that level), its `mad`
 * and the `orders` it is the median of. A `PriceBook` given these reads them instead of its own
 * observations, so one customer's orders are enough to price its lines.
 */
export interface PreparedPrices {
  value: Float64Array;
  mad: Float64Array;
  orders: Int32Array;
}

/** Every product's base price at every level above the customer's (see `PreparedPrices`). */
export function preparedPrices(book: PriceBook): PreparedPrices {
  const n = (book.start.length - 1) * PRICE_LEVELS;
  const out = { value: new Float64Array(n).fill(NaN), mad: new Float64Array(n), orders: new Int32Array(n) };
  for (let key = 0; key < n; key++) {
    const price = levelPrice(book, Math.floor(key / PRICE_LEVELS), key % PRICE_LEVELS);
    if (!price) continue;
    out.value[key] = price.value;
    out.mad[key] = price.mad;
    out.orders[key] = price.step.orders;
  }
  return out;
}

/** A product's base price at a level (0 everyone, 1 + segment index), computed once, or read from the book's prepared prices. */
function levelPrice(book: PriceBook, product: number, level: number): BasePrice | null {
  const key = product * PRICE_LEVELS + level;
  const prepared = book.prepared;
  if (prepared && key < prepared.value.length) {
    const value = prepared.value[key]!;
    if (Number.isNaN(value)) return null;
    return { value, mad: prepared.mad[key]!, step: { code: 'median', price: value, orders: prepared.orders[key]!, scope: level === 0 ? 'everyone' : 'segment' } };
  }
  if (!book.cache.has(key)) book.cache.set(key, computeLevel(book, product, level));
  return book.cache.get(key) as BasePrice | null;
}

/**
 * A level's median from the book's observations: every customer's (level 0) or its segment's, from
 * at least that level's `MIN_ORDERS` and `MIN_CELL_BUYERS` orders, by `MIN_CELL_BUYERS` distinct
 * customers (fewer would tell a buyer's price to whoever reads the level).
 */
function computeLevel(book: PriceBook, product: number, level: number): BasePrice | null {
  const lo = book.start[product]!;
  const hi = book.start[product + 1]!;
  const prices: number[] = [];
  let buyers = 0;
  for (let i = lo; i < hi; i++) {
    const c = book.customer[i]!;
    if (level !== 0 && book.segmentCode[c] !== level - 1) continue;
    if (prices.length === 0 || book.customer[i - 1] !== c) buyers++;
    prices.push(book.price[i]!);
  }
  const minOrders = Math.max(MIN_CELL_BUYERS, level === 0 ? MIN_ORDERS.everyone : MIN_ORDERS.segment);
  if (buyers < MIN_CELL_BUYERS || prices.length < minOrders) return null;
  return quote(prices, level === 0 ? 'everyone' : 'segment');
}

function quote(prices: Float64Array | number[], scope: (typeof SCOPES)[number]): BasePrice | null {
  const m = robustMedian(prices);
  return m && { value: m.median, mad: m.mad, step: { code: 'median', price: m.median, orders: m.kept, scope } };
}

/** The first index in the sorted `xs[lo..hi)` whose value is ≥ `x`. */
function lowerBound(xs: Int32Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
