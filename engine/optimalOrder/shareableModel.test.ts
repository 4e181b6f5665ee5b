import { describe, expect, it } from 'vitest';
import { customerLines, DAY_MS, HistoryBuilder, parseDateTime, type OrderHistory } from '../prep/index.js';
import { PRICE_LEVELS } from '../pricing/index.js';
import { MIN_CELL_BUYERS } from '../privacy/index.js';
import { SEGMENTS } from '../segments/index.js';
import { fitFromPrepared, fitOptimalOrder } from './fitOptimalOrder.js';
import { encodePreparedModel } from './preparedModelCodec.js';

const asOf = parseDateTime('2024-07-01');

/**
 * Twelve accounts buy COMMON-1 and COMMON-2 every month at prices of their own; one account alone
 * buys LONE (at 9.99, 7 a time), two accounts buy DUO (at 5 and 6), three buy TRIO.
 */
function history(): OrderHistory {
  const b = new HistoryBuilder();
  const add = (customerId: string, days: number, productId: string, unitPrice: number, quantity = 2) =>
    b.add({ customerId, orderId: `${customerId}/${days}`, orderTime: asOf - days * DAY_MS, productId, quantity, unitPrice });
  for (let c = 0; c < 12; c++) {
    const id = `ACC-${String(c).padStart(4, '0')}`;
    for (let days = 200 - c; days > 0; days -= 30) {
      add(id, days, 'COMMON-1', 2 + c / 10);
      add(id, days, 'COMMON-2', 3 + c / 20, 1 + (c % 3));
      if (c === 0) add(id, days, 'LONE', 9.99, 7);
      if (c === 1 || c === 2) add(id, days, 'DUO', 4 + c);
      if (c >= 3 && c < 6) add(id, days, 'TRIO', 1 + c);
    }
  }
  return b.build();
}

describe('the shared part of a prepared model', () => {
  const h = history();
  const full = fitOptimalOrder(h, asOf);
  const model = full.prepare();
  const p = (id: string) => h.productIndex.get(id)!;

  it('holds no customer id of its input', () => {
    const text = encodePreparedModel(model);
    expect(text).toContain('COMMON-1'); // a string of the input it does hold
    for (const id of h.customerIds) expect(text, id).not.toContain(id);
  });

  it(`holds no price cell from fewer than ${MIN_CELL_BUYERS} buyers or orders`, () => {
    const segmentOf = new Map([...full.segments].map(([c, s]) => [c, SEGMENTS.indexOf(s.segment)]));
    let cells = 0;
    model.prices.value.forEach((value, key) => {
      if (Number.isNaN(value)) return;
      const product = Math.floor(key / PRICE_LEVELS);
      const level = key % PRICE_LEVELS;
      const buyers = new Set<number>();
      let orders = 0;
      for (let c = 0; c < h.customerIds.length; c++) {
        if (level > 0 && segmentOf.get(c) !== level - 1) continue;
        for (const line of customerLines(h, c)) if (line.orderTime < asOf && h.productIndex.get(line.productId) === product) (buyers.add(c), orders++);
      }
      expect(buyers.size, `${h.productIds[product]} at level ${level}`).toBeGreaterThanOrEqual(MIN_CELL_BUYERS);
      expect(orders).toBeGreaterThanOrEqual(MIN_CELL_BUYERS);
      cells++;
    });
    expect(cells).toBeGreaterThan(0);
    for (const id of ['LONE', 'DUO']) expect(Array.from(model.prices.value.subarray(p(id) * PRICE_LEVELS, (p(id) + 1) * PRICE_LEVELS)).every(Number.isNaN), id).toBe(true);
    expect(model.prices.value[p('TRIO') * PRICE_LEVELS]).toBe(5); // everyone's: three buyers at 4, 5 and 6, seven orders each
  });

  it(`says of a product of fewer than ${MIN_CELL_BUYERS} buyers what it says of one nobody bought`, () => {
    for (const id of ['LONE', 'DUO']) {
      const q = p(id);
      expect(model.peerShares[q], id).toBeNaN();
      expect(model.quantities!.median[q], id).toBeNaN();
      expect(model.quantities!.multiple[q], id).toBe(1);
      expect(model.demand[q], id).toBe('steady');
      expect([model.habitual.recentShare[q], model.habitual.trend[q], model.habitual.repeatRate[q]], id).toEqual([0, 0, 0.3]);
      expect(model.extension.quantities[q], id).toBe(1);
    }
    const trio = p('TRIO');
    expect(model.peerShares[trio]).toBeGreaterThan(0);
    expect(model.quantities!.median[trio]).toBe(2);
    expect(model.habitual.repeatRate[trio]).not.toBe(0.3);
  });

  it("still prices a lone buyer's product from its own orders, as the whole fit does", () => {
    const c = h.customerIndex.get('ACC-0000')!;
    const own = new HistoryBuilder({ ids: model.productIds, names: model.productNames });
    for (const line of customerLines(h, c)) own.add(line);
    const insight = full.insight(c)!;
    const order = fitFromPrepared(model, own.build(), asOf, {}, new Map([[insight.accountId, insight]])).propose(0)!;
    expect(order).toEqual(full.propose(c));
    expect(order.items.find((l) => l.productId === 'LONE')?.price).toMatchObject({ value: 9.99 });
  });
});
