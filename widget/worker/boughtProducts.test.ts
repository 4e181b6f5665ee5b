import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../connector/index.js';
import { boughtProducts } from './boughtProducts.js';

const line = (orderId: string, productCode: string, quantity: number, unitPrice: number | null) => ({ orderId, orderNumber: orderId, orderDate: '2011-01-01', productId: `01t${productCode}`, productCode, productName: `Product ${productCode}`, quantity, unitPrice });

describe('boughtProducts', () => {
  it('lists every product bought and not proposed, most often ordered first, at its last quantity and price paid', () => {
    const view = { lines: [line('o1', 'A', 5, 1), line('o1', 'B', 2, 3), line('o2', 'B', 4, 3.5), line('o2', 'C', 1, 9), line('o3', 'B', 6, null)] } as unknown as AccountView;
    const products = boughtProducts(view, new Set(['C']), (id) => (id === 'A' ? '01tA' : undefined), new Map([['B', [2, 4, 6]]]));
    expect(products.map((p) => [p.productId, p.quantity, p.price.value, p.lastPrice, p.product2Id, p.history])).toEqual([
      ['B', 6, 3.5, 3.5, null, [2, 4, 6]],
      ['A', 5, 1, 1, '01tA', []],
    ]);
    expect(products[0]).toMatchObject({ name: 'Product B', probability: 0, promotion: null, price: { steps: [] } });
  });

  it('leaves out a product never bought at a known price or only returned', () => {
    const view = { lines: [line('o1', 'A', 5, null), line('o1', 'B', -2, 3)] } as unknown as AccountView;
    expect(boughtProducts(view, new Set(), () => undefined, new Map())).toEqual([]);
  });
});
