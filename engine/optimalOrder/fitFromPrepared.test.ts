import { describe, expect, it } from 'vitest';
import { crossSellFixture } from '../models/fixtures/crossSellFixture.js';
import { customerLines, DAY_MS, HistoryBuilder, type OrderHistory, type OrderLine } from '../prep/index.js';
import { fitFromPrepared, fitOptimalOrder } from './fitOptimalOrder.js';

const open = { novelty: { minProbability: 0, minExpectedValue: 0, maxPerProposal: 3 } };

/** One customer's history alone, on the model's product numbering. */
function alone(productIds: string[], productNames: string[], lines: OrderLine[]): OrderHistory {
  const builder = new HistoryBuilder({ ids: productIds, names: productNames });
  for (const l of lines) builder.add(l);
  return builder.build();
}

describe('fitFromPrepared', () => {
  it("proposes to a customer from the prepared model, its insight and its own orders exactly what the whole history proposes", () => {
    const { history, asOf } = crossSellFixture();
    const full = fitOptimalOrder(history, asOf, { rules: open });
    const model = full.prepare();
    let compared = 0;
    for (let c = 0; c < history.customerIds.length; c++) {
      const expected = full.propose(c);
      if (!expected) continue;
      const insight = full.insight(c)!;
      expect(insight.accountId).toBe(history.customerIds[c]);
      const own = alone(model.productIds, model.productNames, customerLines(history, c));
      const view = fitFromPrepared(model, own, asOf, { rules: open }, new Map([[insight.accountId, insight]]));
      expect(view.propose(0)).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('gives no insight for a customer without an order before the date, and one of the model’s date for the others', () => {
    const { history, asOf, target } = crossSellFixture();
    const full = fitOptimalOrder(history, asOf);
    expect(full.insight(target)).toMatchObject({ accountId: history.customerIds[target], modelAsOf: asOf });
    expect(full.insight(-1)).toBeNull();
    expect(full.insight(history.customerIds.length)).toBeNull();
    // As of the first order's date nobody has an order before it.
    const first = Math.min(...history.basketTime);
    expect(fitOptimalOrder(history, first).insight(target)).toBeNull();
  });

  it('scores neighbours 0 without an insight, and ignores an insight of another model or account', () => {
    const { history, asOf, target } = crossSellFixture();
    const full = fitOptimalOrder(history, asOf, { rules: open });
    const model = full.prepare();
    const insight = full.insight(target)!;
    expect(insight.scores.some((s) => s > 0)).toBe(true);
    const own = alone(model.productIds, model.productNames, customerLines(history, target));
    const id = insight.accountId;
    const propose = (insights: Map<string, typeof insight>) => fitFromPrepared(model, own, asOf, { rules: open }, insights).propose(0);
    const without = propose(new Map());
    expect(propose(new Map([[id, insight]]))).toEqual(full.propose(target));
    expect(without).not.toEqual(full.propose(target));
    expect(propose(new Map([[id, { ...insight, modelAsOf: asOf - DAY_MS }]]))).toEqual(without);
    expect(propose(new Map([[id, { ...insight, engineVersion: '0.0.0' }]]))).toEqual(without);
    expect(propose(new Map([[id, { ...insight, accountId: 'someone else' }]]))).toEqual(without);
  });

  it('takes orders placed since the model was prepared into the customer’s own lines', () => {
    const { history, asOf, target } = crossSellFixture();
    const model = fitOptimalOrder(history, asOf, { rules: open }).prepare();
    const lines = customerLines(history, target);
    const later = asOf + 30 * DAY_MS;
    // Since the model: the customer ordered B, which the model suggested as range extension, and twice a product new to the org
    // (twice: the order is sized to what the customer is likely to order, and one purchase of an unknown product is not that).
    const brandNew = (orderId: string, days: number) => ({ ...lines[0]!, orderId, orderTime: asOf + days * DAY_MS, productId: 'BRAND-NEW', productName: 'Brand new', quantity: 1, unitPrice: 3 });
    const fresh = [...lines, { ...lines[0]!, orderId: 'NEW', orderTime: asOf + DAY_MS, productId: 'B', quantity: 5, unitPrice: 2 }, brandNew('NEW', 1), brandNew('NEWER', 10)];
    const own = alone(model.productIds, model.productNames, fresh);
    const order = fitFromPrepared(model, own, later, { rules: open }).propose(0)!;
    expect(order.items.find((l) => l.productId === 'B')?.kind).not.toBe('extension');
    expect(order.items.find((l) => l.productId === 'BRAND-NEW')).toMatchObject({ kind: 'habitual', price: { value: 3 } });
  });

  it('keeps the horizon it was fitted for, and proposes from it what the whole history proposes', () => {
    const { history, asOf, target } = crossSellFixture();
    const full = fitOptimalOrder(history, asOf, { rules: open, horizonDays: 30 });
    const model = full.prepare();
    expect(model.horizonDays).toBe(30);
    expect(fitOptimalOrder(history, asOf).prepare().horizonDays).toBe(62);
    const own = alone(model.productIds, model.productNames, customerLines(history, target));
    const insight = full.insight(target)!;
    const view = fitFromPrepared(model, own, asOf, { rules: open }, new Map([[insight.accountId, insight]]));
    expect(view.propose(0)).toEqual(full.propose(target));
    expect(view.segments.get(0)!.valueAtStake).toBe(full.segments.get(target)!.valueAtStake);
  });

  it('refuses a history whose products are not numbered as the model’s', () => {
    const { history, asOf, target } = crossSellFixture();
    const model = fitOptimalOrder(history, asOf).prepare();
    const own = alone([], [], customerLines(history, target));
    expect(() => fitFromPrepared(model, own, asOf)).toThrow(/build it with the model's products/);
  });
});
