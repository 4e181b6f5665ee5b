import { describe, expect, it } from 'vitest';
import type { BasePrice, PriceContext } from '../pricing/index.js';
import type { BusinessRules } from '../rules/index.js';
import { choosePromotion } from './choosePromotion.js';

// The customer 15061: the cake stand at its median 10.95, the win-back discount, the "Come back" promotion.
const BASE: BasePrice = { value: 10.95, mad: 0, step: { code: 'median', price: 10.95, orders: 14, scope: 'customer' } };
const LINE: PriceContext = { productId: '22423', segment: 'lapsed', lineKind: 'habitual', demand: 'steady' };
const COME_BACK = { name: 'Come back: cake stand', discountPercent: 12 };
const winBack = (priceRules: BusinessRules['priceRules']): BusinessRules => ({ clientRules: [{ name: 'win-back', appliesTo: 'win-back', discountPercent: 5 }], priceRules });

describe('choosePromotion', () => {
  it('drops a promotion the floor takes back: no promotion, no promotion step, the price the floor sets', () => {
    const { price, promotion } = choosePromotion(BASE, LINE, winBack([{ name: 'cake stand floor', kind: 'min', value: 10.95 }]), COME_BACK, 'en');
    expect(promotion).toBeNull();
    expect(price.value).toBe(10.95);
    expect(price.steps).toEqual(['median 10.95 over 14 orders', '-5% win-back = 10.40', 'floor 10.95']);
  });

  it('keeps a promotion that lowers the price, saying what it takes off when a floor stops it part way', () => {
    // 10.95 × 0.95 = 10.40 without it; × 0.88 = 9.15 with it, floored at 90 % of 10.95 = 9.86: 5.2 % off, not 12 %.
    const { price, promotion } = choosePromotion(BASE, LINE, winBack([{ name: 'margin', kind: 'minMargin', percentOfBase: 90 }]), COME_BACK, 'en');
    expect(price.value).toBe(9.86);
    expect(promotion).toEqual({ name: 'Come back: cake stand', discountPercent: 12, appliedPercent: 5.2 });
    expect(price.steps).toEqual(['median 10.95 over 14 orders', '-5% win-back = 10.40', 'promotion Come back: cake stand -12% = 9.15', 'floor 9.86']);
  });

  it('keeps a promotion nothing stops whole, and prices without one when none is offered', () => {
    expect(choosePromotion(BASE, LINE, {}, COME_BACK, 'en')).toMatchObject({ price: { value: 9.64 }, promotion: { appliedPercent: 12 } });
    expect(choosePromotion(BASE, LINE, {}, null, 'es')).toMatchObject({ price: { value: 10.95, steps: ['mediana 10,95 en 14 pedidos'] }, promotion: null });
  });
});
