import { describe, expect, it } from 'vitest';
import { crossSellFixture } from '../models/fixtures/crossSellFixture.js';
import { parseRules } from '../rules/index.js';
import { fitOptimalOrder } from './fitOptimalOrder.js';
import { newCustomerOrder } from './newCustomerOrder.js';

describe('newCustomerOrder', () => {
  const { history, asOf } = crossSellFixture();
  const model = fitOptimalOrder(history, asOf).prepare();

  it('proposes the most bought products of late, at everyone’s price, saying they are popular', () => {
    const order = newCustomerOrder(model, 'NEW-1', asOf, { popular: 2 });
    expect(order).toMatchObject({ customerId: 'NEW-1', segment: 'new' });
    // D has 30 buyers, A 25 (B 24): the two most bought.
    expect(order.items.map((l) => l.productId).sort()).toEqual(['A', 'D']);
    const d = order.items.find((l) => l.productId === 'D')!;
    expect(d).toMatchObject({ kind: 'extension', price: { value: 3 } });
    expect(d.reason).toMatch(/^popular with customers: \d+ customers ordered it in/);
    expect(newCustomerOrder(model, 'NEW-1', asOf, { popular: 1, locale: 'es' }).items[0]!.reason).toMatch(/^popular entre los clientes: /);
  });

  it('adds the must-sell assortment the rules set for new customers', () => {
    const rules = parseRules({ mustSell: [{ name: 'starter kit', segment: 'new', productIds: ['C'] }] });
    const order = newCustomerOrder(model, 'NEW-1', asOf, { rules, popular: 1 });
    expect(order.items.find((l) => l.productId === 'C')?.reason).toBe('must-sell for new customers (starter kit)');
  });
});
