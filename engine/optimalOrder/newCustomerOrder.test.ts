import { describe, expect, it } from 'vitest';
import { crossSellFixture } from '../models/fixtures/crossSellFixture.js';
import { parsePromotions } from '../promotions/index.js';
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

  it('prices through the shared pricing step: a promotion only when it lowers the price, the welcome offer with its reason', () => {
    const rules = parseRules({
      clientRules: [{ name: 'welcome', appliesTo: 'new', discountPercent: 10, offer: '10 % off your first order' }],
      priceRules: [{ name: 'D floor', kind: 'min', value: 2.7, when: { productIds: ['D'] } }],
    });
    const promotions = parsePromotions([
      { name: 'D week', productIds: ['D'], discountPercent: 20, validFrom: '2024-06-01', validTo: '2024-07-31' },
      { name: 'A week', productIds: ['A'], discountPercent: 20, validFrom: '2024-06-01', validTo: '2024-07-31' },
    ]);
    const order = newCustomerOrder(model, 'NEW-1', asOf, { rules, promotions, popular: 2 });
    // D: 3.00, -10 % = 2.70, the floor is 2.70: "D week" would take nothing off. A: 2.00, -10 %, -20 % = 1.44.
    expect(order.items.find((l) => l.productId === 'D')).toMatchObject({ price: { value: 2.7, steps: ['median of all customers 3.00 over 60 orders', '-10% welcome = 2.70'] }, promotion: null, lastPrice: null, netDiscount: 10 });
    expect(order.items.find((l) => l.productId === 'A')).toMatchObject({ price: { value: 1.44 }, promotion: { name: 'A week', appliedPercent: 20 } });
    expect(order.offer).toMatchObject({ rule: 'welcome', appliesTo: 'new', reason: 'to welcome a new customer: no order yet', text: '10 % off your first order', inProposal: true, discountPercent: 10, appliedPercent: 10 });
  });
});
