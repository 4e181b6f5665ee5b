import { describe, expect, it } from 'vitest';
import type { CrossSellReason, HabitualReason } from './Reason.js';
import { renderReason, renderReasons } from './renderReason.js';

const habitual = (over: Partial<HabitualReason> = {}): HabitualReason => ({
  code: 'habitual', orders: 9, ordersWithProduct: 7, recentOrders: 6, recentWithProduct: 5, everyDays: 30, daysSinceLast: 34, ...over,
});

describe('renderReason', () => {
  it('tells a habitual line in English and Spanish', () => {
    expect(renderReason(habitual(), 'en')).toBe('ordered in 5 of the last 6 orders, every ~30 days, last 34 days ago');
    expect(renderReason(habitual(), 'es')).toBe('pedido en 5 de los últimos 6 pedidos, cada ~30 días, el último hace 34 días');
    expect(renderReason(habitual(), 'es-AR')).toBe('pedido en 5 de los últimos 6 pedidos, cada ~30 días, el último hace 34 días');
  });

  it('uses singular forms and "today" in both languages', () => {
    const one = habitual({ orders: 1, ordersWithProduct: 1, recentOrders: 1, recentWithProduct: 1, everyDays: null, daysSinceLast: 1 });
    expect(renderReason(one, 'en')).toBe('ordered in 1 of 1 order, last 1 day ago');
    expect(renderReason(one, 'es')).toBe('pedido en 1 de 1 pedido, el último hace 1 día');
    const today = habitual({ everyDays: 1, daysSinceLast: 0 });
    expect(renderReason(today, 'en')).toBe('ordered in 5 of the last 6 orders, every ~1 day, last today');
    expect(renderReason(today, 'es')).toBe('pedido en 5 de los últimos 6 pedidos, cada ~1 día, el último hoy');
  });

  it('says when the product is absent from the recent orders', () => {
    const absent = habitual({ orders: 1200, ordersWithProduct: 2, recentWithProduct: 0, everyDays: 12, daysSinceLast: 300 });
    expect(renderReason(absent, 'en')).toBe('ordered in 2 of 1,200 orders, none of the last 6, every ~12 days, last 300 days ago');
    expect(renderReason(absent, 'es')).toBe('pedido en 2 de 1200 pedidos, en ninguno de los últimos 6, cada ~12 días, el último hace 300 días');
  });

  it('tells the other kinds of line', () => {
    expect(renderReason({ code: 'never-ordered' }, 'es')).toBe('aún no lo ha pedido; clientes similares lo piden');
    expect(renderReason({ code: 'must-sell', segment: 'at-risk', rule: 'Core range' }, 'en')).toBe('must-sell for at-risk customers (Core range)');
    expect(renderReason({ code: 'must-sell', segment: 'at-risk', rule: 'Core range' }, 'es')).toBe('imprescindible para clientes en riesgo (Core range)');
    expect(renderReason({ code: 'development', measure: 'frequency', own: 63, peers: 28 }, 'en')).toBe('similar customers order it every ~4 weeks, this customer every ~9 weeks');
    expect(renderReason({ code: 'development', measure: 'quantity', own: 6, peers: 24.5 }, 'es')).toBe('clientes similares piden 24,5 cada vez, este cliente 6');
  });

  it('tells a cross-sell by the customer’s own products and how many buy it, and a premium variant', () => {
    const crossSell: CrossSellReason = { code: 'cross-sell', because: ['JUMBO BAG RED', 'LUNCH BAG BLACK'], recentBuyers: 64, withinDays: 90 };
    expect(renderReason(crossSell, 'en')).toBe('customers who buy JUMBO BAG RED and LUNCH BAG BLACK also buy it; 64 customers ordered it in the last 13 weeks');
    expect(renderReason(crossSell, 'es')).toBe('los clientes que compran JUMBO BAG RED y LUNCH BAG BLACK también lo compran; 64 clientes lo pidieron en un plazo de 13 semanas');
    expect(renderReason({ ...crossSell, because: [], recentBuyers: 1 }, 'en')).toBe('customers like this one buy it; 1 customer ordered it in the last 13 weeks');
    expect(renderReason({ code: 'premium-variant', of: 'JUMBO BAG RED', dearerBy: 0.25 }, 'en')).toBe('a premium variant of JUMBO BAG RED, 25% dearer');
    expect(renderReason({ code: 'premium-variant', of: 'JUMBO BAG RED', dearerBy: 0.25 }, 'es')).toBe('una variante superior de JUMBO BAG RED, un 25\u00a0% más cara');
  });

  it('tells a quantity rounded to its usual multiple, and an unusual quantity with what is usual', () => {
    expect(renderReason({ code: 'rounded-quantity', basis: 'customer', multiple: 12, from: 18 }, 'en')).toBe('rounded to a multiple of 12, as this customer always orders it');
    expect(renderReason({ code: 'rounded-quantity', basis: 'product', multiple: 6, from: 4 }, 'es')).toBe('redondeado a un múltiplo de 6, como se pide siempre');
    const unusual = { code: 'unusual-quantity', basis: 'customer', quantity: 1_000, median: 12, low: 6, high: 24 } as const;
    expect(renderReason(unusual, 'en')).toBe('unusual quantity: this customer usually takes 12 (6–24)');
    expect(renderReason(unusual, 'es')).toBe('cantidad inusual: este cliente suele pedir 12 (6–24)');
    const unusualForAll = { code: 'unusual-quantity', basis: 'product', quantity: 74_215, median: 24, low: 0, high: 1_440 } as const;
    expect(renderReason(unusualForAll, 'en')).toBe('unusual quantity: customers take up to 1,440 (median 24)');
    expect(renderReason({ ...unusualForAll, median: 7.5 }, 'es')).toBe('cantidad inusual: los clientes piden hasta 1440 (mediana 7,5)');
  });

  it('joins several reasons of one line', () => {
    expect(renderReasons([{ code: 'never-ordered' }, { code: 'priority' }], 'en')).toBe('not ordered yet; similar customers order it; a priority product');
    expect(renderReasons([{ code: 'never-ordered' }, { code: 'priority' }], 'es')).toBe('aún no lo ha pedido; clientes similares lo piden; producto prioritario');
  });
});
