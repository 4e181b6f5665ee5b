import { describe, expect, it } from 'vitest';
import { lineReason } from './lineReason.js';

describe('lineReason', () => {
  it('keeps the facts of an ordered product as data', () => {
    const s = { orders: 9, ordersWithProduct: 7, recentOrders: 6, recentWithProduct: 5, everyDays: 35, daysSinceLast: 64 };
    expect(lineReason(s)).toEqual({ code: 'habitual', ...s });
  });

  it('makes a product never ordered a never-ordered reason', () => {
    expect(lineReason({ orders: 9, ordersWithProduct: 0, recentOrders: 6, recentWithProduct: 0, everyDays: null, daysSinceLast: null })).toEqual({ code: 'never-ordered' });
  });
});
