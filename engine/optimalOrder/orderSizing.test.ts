import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder, parseDateTime, type OrderHistory } from '../prep/index.js';
import { fitOptimalOrder } from './fitOptimalOrder.js';

const asOf = parseDateTime('2024-07-01');

/**
 * Twenty "big" customers order the same 30 products every two weeks; twenty "small" ones the same
 * 3 products (S0–S2) every two weeks, and once a one-off product each.
 */
function history(): OrderHistory {
  const b = new HistoryBuilder();
  for (let c = 0; c < 20; c++) {
    for (let day = 280; day > 0; day -= 14) {
      for (let p = 0; p < 30; p++) b.add({ customerId: `BIG-${c}`, orderId: `B-${c}-${day}`, orderTime: asOf - (day + c) * DAY_MS, productId: `P${p}`, quantity: 2, unitPrice: 1.5 });
      for (let p = 0; p < 3; p++) b.add({ customerId: `SMALL-${c}`, orderId: `S-${c}-${day}`, orderTime: asOf - (day + c) * DAY_MS, productId: `S${p}`, quantity: 1, unitPrice: 4 });
    }
    b.add({ customerId: `SMALL-${c}`, orderId: `S-${c}-once`, orderTime: asOf - 100 * DAY_MS, productId: `ONCE-${c}`, quantity: 1, unitPrice: 4 });
  }
  return b.build();
}

const habitualLines = (items: { kind: string }[]) => items.filter((l) => l.kind === 'habitual').length;

describe('the order sized to the customer', () => {
  const h = history();
  const engine = fitOptimalOrder(h, asOf);
  const big = engine.propose(h.customerIndex.get('BIG-0')!)!;
  const small = engine.propose(h.customerIndex.get('SMALL-0')!)!;

  it('proposes as many habitual lines as the customer usually orders, not a fixed 10', () => {
    expect(habitualLines(big.items)).toBe(30);
    expect(habitualLines(small.items)).toBe(3);
    expect(small.items.map((l) => l.productId).sort()).toEqual(['S0', 'S1', 'S2']);
  });

  it('caps the habitual lines at k when given', () => {
    const capped = fitOptimalOrder(h, asOf, { k: 12 }).propose(h.customerIndex.get('BIG-0')!)!;
    expect(habitualLines(capped.items)).toBe(12);
  });

  it('tells the usual order and the share of its value the proposal covers', () => {
    // 30 products × 2 units × 1.5 = 90 per order; the proposal holds them all at that price.
    expect(big.usual).toEqual({ lines: 30, value: 90, covered: 1 });
    const capped = fitOptimalOrder(h, asOf, { k: 12 }).propose(h.customerIndex.get('BIG-0')!)!;
    expect(capped.usual!.covered).toBe(0.4);
  });
});
