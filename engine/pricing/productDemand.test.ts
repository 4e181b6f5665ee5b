import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder } from '../prep/index.js';
import { productDemand } from './productDemand.js';

const AS_OF = Date.UTC(2011, 8, 1);

/**
 * 100 baskets in each of the 30 days before `AS_OF` and in the 60 before those; `old` and `recent`
 * say in how many of each a product is.
 */
function demandOf(products: Record<string, [old: number, recent: number]>) {
  const b = new HistoryBuilder();
  for (let i = 0; i < 200; i++) {
    const recent = i >= 100;
    const k = recent ? i - 100 : i;
    const time = AS_OF - (recent ? 1 + (k % 29) : 31 + (k % 59)) * DAY_MS;
    b.add({ customerId: `c${i}`, orderId: `o${i}`, orderTime: time, productId: 'FILLER', quantity: 1, unitPrice: 1 });
    for (const [id, [old, now]] of Object.entries(products)) {
      if (k < (recent ? now : old)) b.add({ customerId: `c${i}`, orderId: `o${i}`, orderTime: time, productId: id, quantity: 1, unitPrice: 1 });
    }
  }
  b.add({ customerId: 'future', orderId: 'f', orderTime: AS_OF, productId: 'FILLER', quantity: 1, unitPrice: 1 });
  const h = b.build();
  const d = productDemand(h, AS_OF);
  return Object.fromEntries(Object.keys(products).map((id) => [id, d[h.productIndex.get(id)!]]));
}

describe('productDemand', () => {
  it('says rising, falling or steady from the recent share against the earlier one', () => {
    expect(demandOf({ UP: [20, 30], FLAT: [30, 35], DOWN: [30, 20], NEW: [0, 25] })).toEqual({ UP: 'rising', FLAT: 'steady', DOWN: 'falling', NEW: 'rising' });
    expect(demandOf({ ALMOST_UP: [20, 29], ALMOST_DOWN: [30, 21] })).toEqual({ ALMOST_UP: 'steady', ALMOST_DOWN: 'steady' });
  });

  it('calls small counts steady, however large the move', () => {
    expect(demandOf({ FEW_UP: [5, 19], FEW_DOWN: [19, 2] })).toEqual({ FEW_UP: 'steady', FEW_DOWN: 'steady' });
  });

  it('is steady for every product without baskets in both windows', () => {
    const b = new HistoryBuilder();
    b.add({ customerId: 'c', orderId: 'o', orderTime: AS_OF - DAY_MS, productId: 'P', quantity: 1, unitPrice: 1 });
    expect(productDemand(b.build(), AS_OF)).toEqual(['steady']);
  });
});
