import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder } from '../prep/index.js';
import { PeerShares } from './PeerShares.js';
import { premiumVariant } from './premiumVariant.js';
import { underBought } from './underBought.js';

/**
 * Three regulars order P in every one of their 4 orders; SELDOM orders it in 1 of its 6 orders (one
 * every 10 days), OFTEN in 4 of 6, TWICE has only two orders.
 */
function history() {
  const b = new HistoryBuilder();
  let n = 0;
  const order = (customerId: string, day: number, products: string[]) => {
    n++;
    for (const productId of products) b.add({ customerId, orderId: `O${n}`, orderTime: day * DAY_MS, productId, quantity: 1, unitPrice: 1 });
  };
  for (const c of ['R1', 'R2', 'R3']) for (let i = 0; i < 4; i++) order(c, i * 7, ['P', 'Q']);
  for (let i = 0; i < 6; i++) order('SELDOM', i * 10, i === 2 ? ['P', 'Q'] : ['Q']);
  for (let i = 0; i < 6; i++) order('OFTEN', i * 10, i < 4 ? ['P'] : ['Q']);
  order('TWICE', 0, ['Q']);
  order('TWICE', 30, ['P']);
  return b.build();
}

describe('PeerShares', () => {
  it('is the median share of orders holding the product among buyers with enough orders', () => {
    const h = history();
    const peers = new PeerShares(h, 3);
    // P: R1–R3 1, SELDOM 1/6, OFTEN 4/6 → median 1; TWICE is left out (2 orders).
    expect(peers.of(h.productIndex.get('P')!)).toBe(1);
    expect(peers.of(99)).toBeNaN();
  });
});

describe('underBought', () => {
  const h = history();
  const peers = new PeerShares(h, 3);
  const P = h.productIndex.get('P')!;
  it('finds a customer who orders a product at most half as often as its regular buyers', () => {
    // SELDOM orders every 10 days; P in 1 of 6 orders → every 60 days; peers' share 1 → every 10 days.
    expect(underBought(h, h.customerIndex.get('SELDOM')!, P, peers)).toEqual({ code: 'development', measure: 'frequency', own: 60, peers: 10 });
  });

  it('leaves alone a customer near its peers, one with too few orders, and a product never bought', () => {
    expect(underBought(h, h.customerIndex.get('OFTEN')!, P, peers)).toBeNull();
    expect(underBought(h, h.customerIndex.get('TWICE')!, P, peers)).toBeNull();
    expect(underBought(h, h.customerIndex.get('R1')!, 99, peers)).toBeNull();
  });
});

describe('premiumVariant', () => {
  const prices: Record<string, number> = { '85099B': 2, '85099F': 2.6, '85099C': 2.1, '22386': 5 };
  const priceOf = (id: string) => prices[id] ?? null;
  it('is a dearer variant of the same group, named after the closest bought variant', () => {
    expect(premiumVariant('85099F', ['85099B', '85099C', '22386'], priceOf)).toEqual({ of: '85099C', dearerBy: expect.closeTo(2.6 / 2.1 - 1, 10) });
  });

  it('needs the same group, a known price and at least 15 % more', () => {
    expect(premiumVariant('85099C', ['85099B'], priceOf)).toBeNull(); // 5 % dearer
    expect(premiumVariant('22386', ['85099B'], priceOf)).toBeNull(); // another group
    expect(premiumVariant('85099Z', ['85099B'], priceOf)).toBeNull(); // no price
  });
});
