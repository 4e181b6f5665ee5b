import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/support/seededRandom.js';
import { DAY_MS, HistoryBuilder } from '../../prep/index.js';
import { FIXTURE_TRAINABLE, habitualFixture } from '../fixtures/habitualFixture.js';
import { habitualModel } from './habitualModel.js';

describe('habitualModel', () => {
  it('falls back to decayed frequency when the history is too small to learn from', () => {
    const b = new HistoryBuilder();
    const add = (order: string, day: number, product: string) =>
      b.add({ customerId: 'c', orderId: order, orderTime: day * DAY_MS, productId: product, quantity: 2, unitPrice: 1 });
    add('1', 0, 'often');
    add('2', 10, 'often');
    add('2', 10, 'once');
    add('3', 20, 'often');
    const h = b.build();
    const fitted = habitualModel().fit(h, 30 * DAY_MS);
    expect(fitted.ranker).toBeNull();
    const list = fitted.recommend(0, 5);
    expect(list.map((r) => h.productIds[r.product])).toEqual(['often', 'once']);
    expect(list[0]!.probability).toBeGreaterThan(list[1]!.probability);
    expect(list[0]!.quantity).toBe(2);
  });

  it('trains its ranker on the contract fixture with the lower bar, and not with the default', () => {
    const { history, asOf } = habitualFixture();
    expect(habitualModel(FIXTURE_TRAINABLE).fit(history, asOf).ranker).not.toBeNull();
    expect(habitualModel().fit(history, asOf).ranker).toBeNull();
  });

  it('learns a product rhythm: a product due now outranks the same product just bought', () => {
    // 240 customers order every 10 days for 300 days. Each buys "rhythm" every third order, at a
    // phase of its own, and a few random filler products. Only the phase differs between them.
    const rand = seededRandom(5);
    const b = new HistoryBuilder();
    const phase: number[] = [];
    for (let c = 0; c < 240; c++) {
      phase.push(c % 3);
      for (let o = 0; o < 30; o++) {
        const orderTime = (o * 10 + (c % 5)) * DAY_MS;
        const line = (productId: string) => b.add({ customerId: `c${c}`, orderId: `c${c}-${o}`, orderTime, productId, quantity: 1, unitPrice: 1 });
        if (o % 3 === c % 3) line('rhythm');
        for (let f = 0; f < 3; f++) line(`filler${Math.floor(rand() * 30)}`);
      }
    }
    const h = b.build();
    const asOf = 300 * DAY_MS; // the next order is order 30: due for phase 0 (30 % 3 = 0)
    const fitted = habitualModel().fit(h, asOf);
    expect(fitted.ranker).not.toBeNull();
    const rhythm = h.productIndex.get('rhythm')!;
    const index = (c: number) => h.customerIndex.get(`c${c}`)!;
    const probabilityOfRhythm = (c: number) => fitted.recommend(index(c), 50).find((r) => r.product === rhythm)?.probability ?? 0;
    const mean = (p: number) => {
      const cs = phase.map((x, c) => [x, c] as const).filter(([x]) => x === p).map(([, c]) => c);
      return cs.reduce((s, c) => s + probabilityOfRhythm(c), 0) / cs.length;
    };
    const due = mean(0);
    const halfway = mean(1); // bought in order 28
    const justBought = mean(2); // bought in order 29, the last one
    expect(due).toBeGreaterThan(halfway);
    expect(halfway).toBeGreaterThan(justBought);
    expect(due).toBeGreaterThan(2 * justBought);
    // And a due customer gets it first.
    expect(fitted.recommend(index(phase.indexOf(0)), 1)[0]!.product).toBe(rhythm);
  });
});
