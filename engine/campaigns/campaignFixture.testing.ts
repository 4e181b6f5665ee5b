import { DAY_MS, HistoryBuilder, type OrderHistory } from '../prep/index.js';

/** The fixture's as-of day: 300 days of orders before it, 62 after. */
export const FIXTURE_AS_OF = 300 * DAY_MS;

/**
 * A history with a planted answer, for campaign tests: 120 "bakers" buy FLOUR and 120 "florists"
 * buy VASE, each ordering every 10–20 days from day 0 to day 361. From their first order on, a baker
 * tries YEAST in any order with chance 6 % (then keeps it), a florist with chance 0.5 %: so among
 * accounts that never bought YEAST, bakers are the likely buyers, in every period. V10L (a
 * dearer variant of V10S, 2.00 against 1.00) is bought by florists 1 in 2, V10S by the others.
 * REGULAR-1 buys TEA in its first 8 orders, then stops. Deterministic (a fixed-seed generator).
 */
export function campaignFixture(): OrderHistory {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const b = new HistoryBuilder();
  const add = (customerId: string, orderId: string, day: number, productId: string, unitPrice = 1) =>
    b.add({ customerId, orderId, orderTime: day * DAY_MS, productId, quantity: 2, unitPrice });
  for (let c = 0; c < 240; c++) {
    const baker = c < 120;
    const id = `${baker ? 'B' : 'F'}${c}`;
    let yeast = false;
    for (let day = Math.floor(rand() * 15), o = 0; day < 362; day += 10 + Math.floor(rand() * 11), o++) {
      const order = `${id}-${o}`;
      add(id, order, day, baker ? 'FLOUR' : c % 2 ? 'V10L' : 'V10S', baker ? 1 : c % 2 ? 2 : 1);
      add(id, order, day, rand() < 0.5 ? 'BAG' : 'BOX');
      if (!yeast && rand() < (baker ? 0.06 : 0.005)) yeast = true;
      if (yeast) add(id, order, day, 'YEAST');
    }
  }
  for (let o = 0; o < 20; o++) add('REGULAR-1', `R-${o}`, o * 12, o < 8 ? 'TEA' : 'BAG');
  return b.build();
}
