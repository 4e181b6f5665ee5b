import { describe, expect, it } from 'vitest';
import { netLines } from './netLines.js';

const H = 3_600_000;
const line = (orderId: string, hour: number, productId: string, quantity: number, note = '') => ({ customerId: 'A', orderId, orderTime: hour * H, productId, quantity, note });

describe('netLines', () => {
  it('nets lines as the loader nets a history, keeping each line and its own fields', () => {
    const lines = [line('o1', 1, 'P', 10, 'first'), line('o1', 1, 'P', 5, 'second'), line('o1', 1, 'Q', 4), line('o2', 5, 'P', 6)];
    // 6 undoes o2's 6 exactly; 12 then comes off o1's 15 (its lines 10 + 5), first lines first.
    const netted = netLines(lines, [
      { customerId: 'A', productId: 'P', orderTime: 6 * H, quantity: 6 },
      { customerId: 'A', productId: 'P', orderTime: 7 * H, quantity: 12 },
    ]);
    expect(netted.map((l) => [l.orderId, l.productId, l.quantity, l.note])).toEqual([['o1', 'P', 3, 'first'], ['o1', 'Q', 4, '']]);
  });

  it('returns the lines as they are without cancellations', () => {
    const lines = [line('o1', 1, 'P', 10)];
    expect(netLines(lines, [])).toEqual(lines);
  });
});
