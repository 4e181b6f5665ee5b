import { describe, expect, it } from 'vitest';
import type { ClientRule } from '../rules/index.js';
import { clientOffer } from './clientOffer.js';

const WIN_BACK: ClientRule = { name: 'win-back', appliesTo: 'win-back', discountPercent: 10, offer: '10 % off this month' };

describe('clientOffer', () => {
  it('measures the discount the lines actually get, weighted by what they cost without it', () => {
    // 10 units get the whole 10 % (10 → 9); 30 units are floored (5 → 5): 10 saved of 250.
    const lines = [
      { quantity: 10, price: 9, withoutClientDiscount: 10 },
      { quantity: 30, price: 5, withoutClientDiscount: 5 },
    ];
    expect(clientOffer(WIN_BACK, 'last order 5 months ago', lines, 'en')).toEqual({
      rule: 'win-back',
      appliesTo: 'win-back',
      reason: 'to win the customer back: last order 5 months ago',
      text: '10 % off this month',
      inProposal: false, // 4 % given: the text's "10 % off" is not repeated to the customer
      discountPercent: 10,
      appliedPercent: 4,
    });
  });

  it('lets the proposal repeat the text only when the whole discount is given', () => {
    expect(clientOffer(WIN_BACK, 'x', [{ quantity: 3, price: 5, withoutClientDiscount: 5 }], 'en')).toMatchObject({ text: '10 % off this month', inProposal: false, appliedPercent: 0 });
    expect(clientOffer(WIN_BACK, 'x', [], 'en')).toMatchObject({ inProposal: false, appliedPercent: 0 });
    // 9.9 % of 10 %: a floor took a little back.
    expect(clientOffer(WIN_BACK, 'x', [{ quantity: 1, price: 0.901, withoutClientDiscount: 1 }], 'en')).toMatchObject({ inProposal: false, appliedPercent: 9.9 });
    expect(clientOffer(WIN_BACK, 'x', [{ quantity: 1, price: 9, withoutClientDiscount: 10 }], 'en')).toMatchObject({ inProposal: true, appliedPercent: 10 });
  });

  it('tells a welcome offer without discount in the order’s language; nothing for a rule with neither offer nor discount', () => {
    const welcome: ClientRule = { name: 'welcome', appliesTo: 'new', offer: 'Envío gratis' };
    expect(clientOffer(welcome, 'aún sin pedidos', [], 'es')).toEqual({ rule: 'welcome', appliesTo: 'new', reason: 'para dar la bienvenida a un cliente nuevo: aún sin pedidos', text: 'Envío gratis', inProposal: true, discountPercent: 0, appliedPercent: 0 });
    expect(clientOffer({ name: 'regulars', appliesTo: 'active', maxNovelties: 2 }, 'x', [], 'en')).toBeUndefined();
    expect(clientOffer(undefined, 'x', [], 'en')).toBeUndefined();
  });
});
