import { describe, expect, it } from 'vitest';
import type { PriceStep } from './PriceStep.js';
import { renderPriceStep, renderPriceSteps } from './renderPriceStep.js';

const NBSP = '\u00a0';

const steps: PriceStep[] = [
  { code: 'median', price: 2.1, orders: 14, scope: 'customer' },
  { code: 'adjust', percent: -5, rule: 'win-back' },
  { code: 'floor', price: 1.95 },
];

describe('renderPriceStep', () => {
  it('tells the issue example in English and Spanish', () => {
    expect(renderPriceSteps(steps, 'en')).toEqual(['median 2.10 over 14 orders', '-5% win-back', 'floor 1.95']);
    expect(renderPriceSteps(steps, 'es')).toEqual(['mediana 2,10 en 14 pedidos', `-5${NBSP}% win-back`, 'mínimo 1,95']);
  });

  it('writes money when given a currency', () => {
    expect(renderPriceSteps(steps, 'en', { currency: 'GBP' })).toEqual(['median £2.10 over 14 orders', '-5% win-back', 'floor £1.95']);
    expect(renderPriceStep({ code: 'ceiling', price: 3 }, 'es', { currency: 'EUR' })).toBe(`máximo 3,00${NBSP}€`);
  });

  it('tells the other scopes, raises, ceilings and promotions', () => {
    expect(renderPriceStep({ code: 'median', price: 0.85, orders: 1, scope: 'segment' }, 'en')).toBe('segment median 0.85 over 1 order');
    expect(renderPriceStep({ code: 'median', price: 0.85, orders: 320, scope: 'everyone' }, 'es')).toBe('mediana de todos los clientes 0,85 en 320 pedidos');
    expect(renderPriceStep({ code: 'adjust', percent: 3, rule: 'rising demand' }, 'en')).toBe('+3% rising demand');
    expect(renderPriceStep({ code: 'ceiling', price: 4 }, 'en')).toBe('ceiling 4.00');
    expect(renderPriceStep({ code: 'promotion', percent: 10, name: 'Summer' }, 'en')).toBe('promotion Summer -10%');
    expect(renderPriceStep({ code: 'promotion', percent: 10, name: 'Verano' }, 'es')).toBe(`promoción Verano -10${NBSP}%`);
  });

  it('reads as a waterfall: a percent step with the price after it, in the locale and currency', () => {
    expect(renderPriceStep({ code: 'adjust', percent: -5, rule: 'win-back', after: 1.995 }, 'en')).toBe('-5% win-back = 2.00');
    expect(renderPriceStep({ code: 'promotion', percent: 10, name: 'Verano', after: 1.8 }, 'es', { currency: 'EUR' })).toBe(`promoción Verano -10${NBSP}% = 1,80${NBSP}€`);
  });
});
