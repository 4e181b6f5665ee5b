import { describe, expect, it } from 'vitest';
import type { OptimalOrder } from '../optimalOrder/index.js';
import { proposalTextInputOf } from './proposalTextInputOf.js';

const order: OptimalOrder = {
  customerId: '12347',
  segment: 'lapsed',
  items: [
    { productId: 'A', kind: 'habitual', probability: 0.8, quantity: 10, price: { value: 1.9, steps: ['median 2.00 over 5 orders', 'promotion Autumn -5%'] }, promotion: { name: 'Autumn', discountPercent: 5 }, expectedValue: 15.2, reason: 'r' },
    { productId: 'B', kind: 'extension', probability: 0.2, quantity: 2, price: { value: 4, steps: ['median 4.00 over 9 orders'] }, promotion: null, expectedValue: 1.6, reason: 'r' },
  ],
};
const context = { customerName: '', productName: (id: string) => (id === 'A' ? 'Jumbo bag' : ''), repName: 'Ana', validUntil: '2011-09-15' };

describe('proposalTextInputOf', () => {
  it('takes each line at its final price with its promotion, in the order shown', () => {
    expect(proposalTextInputOf(order, context).lines).toEqual([
      { productId: 'A', productName: 'Jumbo bag', quantity: 10, unitPrice: 1.9, promotion: { name: 'Autumn', discountPercent: 5 } },
      { productId: 'B', productName: '', quantity: 2, unitPrice: 4, promotion: null },
    ]);
  });

  it('adds the offer of the client rule for the customer’s kind (a lapsed customer is a win-back one), and only that', () => {
    const rules = { clientRules: [
      { name: 'regulars', appliesTo: 'active' as const, offer: 'Free delivery' },
      { name: 'come back', appliesTo: 'win-back' as const, discountPercent: 5, offer: '5 % off this month' },
    ] };
    const free = { clientRules: [{ name: 'come back', appliesTo: 'win-back' as const, offer: 'Free delivery' }] };
    expect(proposalTextInputOf(order, { ...context, rules: free }).offer).toBe('Free delivery');
    expect(proposalTextInputOf({ ...order, segment: 'new' }, { ...context, rules })).not.toHaveProperty('offer');
    expect(proposalTextInputOf(order, context)).not.toHaveProperty('date');
    // An order made without its offer: whether the prices include the rule's 5 % is unknown, so it is not promised.
    expect(proposalTextInputOf(order, { ...context, rules })).not.toHaveProperty('offer');
  });

  it('takes the offer the order carries: its text when the prices keep it, the discount only when they include some', () => {
    const offer = { rule: 'come back', appliesTo: 'win-back' as const, reason: 'r', text: '5 % off this month', inProposal: true, discountPercent: 5, appliedPercent: 5 };
    expect(proposalTextInputOf({ ...order, offer }, context)).toMatchObject({ offer: '5 % off this month', offerDiscountPercent: 5 });
    const partly = proposalTextInputOf({ ...order, offer: { ...offer, inProposal: false, appliedPercent: 4.2 } }, context);
    expect(partly).not.toHaveProperty('offer');
    expect(partly).toMatchObject({ offerDiscountPercent: 4.2 });
    const absorbed = proposalTextInputOf({ ...order, offer: { ...offer, inProposal: false, appliedPercent: 0 } }, context);
    expect(absorbed).not.toHaveProperty('offer');
    expect(absorbed).not.toHaveProperty('offerDiscountPercent');
  });
});
