import { DAY_MS, type OrderHistory } from '../prep/index.js';
import { median } from '../models/index.js';

/** The facts of one customer's ordering before a date, from which its segment is decided. */
export interface CustomerRhythm {
  /** Orders (baskets) before the date. */
  orders: number;
  /** Distinct days with an order: several orders on one day are one occasion, not a rhythm. */
  orderDays: number;
  /** Whole days from the last order day to the as-of date. */
  recencyDays: number;
  /** Median of the gaps between consecutive order days, in days; `null` with fewer than 2 days. */
  intervalDays: number | null;
  /** Standard deviation of those gaps (population), 0 with fewer than 2 gaps. */
  spreadDays: number;
  /** 1 − coefficient of variation of the gaps, clamped to [0, 1]; 0 with fewer than 2 gaps. */
  stability: number;
  /** Σ quantity × unit price over the orders; lines with an unknown (NaN) price are skipped. */
  monetary: number;
}

/**
 * The rhythm of customer `c` from its baskets before `asOf`; `null` when it has none. Baskets on or
 * after `asOf` are ignored, so passing a whole history leaks nothing.
 */
export function customerRhythm(history: OrderHistory, c: number, asOf: number): CustomerRhythm | null {
  let orders = 0;
  let monetary = 0;
  const days: number[] = [];
  for (let b = history.basketStart[c]!; b < history.basketStart[c + 1]!; b++) {
    const t = history.basketTime[b]!;
    if (t >= asOf) break; // baskets are sorted by time
    orders++;
    const day = Math.floor(t / DAY_MS);
    if (days.length === 0 || days[days.length - 1] !== day) days.push(day);
    for (let i = history.itemStart[b]!; i < history.itemStart[b + 1]!; i++) {
      const value = history.itemQuantity[i]! * history.itemPrice[i]!;
      if (!Number.isNaN(value)) monetary += value;
    }
  }
  if (orders === 0) return null;
  const gaps: number[] = [];
  for (let i = 1; i < days.length; i++) gaps.push(days[i]! - days[i - 1]!);
  const mean = gaps.reduce((s, g) => s + g, 0) / Math.max(1, gaps.length);
  const spreadDays = gaps.length < 2 ? 0 : Math.sqrt(gaps.reduce((s, g) => s + (g - mean) ** 2, 0) / gaps.length);
  return {
    orders,
    orderDays: days.length,
    recencyDays: Math.floor(asOf / DAY_MS) - days[days.length - 1]!,
    intervalDays: gaps.length === 0 ? null : median(gaps),
    spreadDays,
    stability: gaps.length < 2 ? 0 : Math.min(1, Math.max(0, 1 - spreadDays / mean)),
    monetary,
  };
}

