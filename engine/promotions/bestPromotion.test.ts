import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../prep/index.js';
import { bestPromotion } from './bestPromotion.js';
import type { Promotion } from './Promotion.js';
import { promotionWithinReach } from './promotionWithinReach.js';

const day = (d: string) => parseDateTime(d);
const SEPT: Pick<Promotion, 'validFrom' | 'validTo'> = { validFrom: '2011-09-01', validTo: '2011-09-30' };
const lantern: Promotion = { name: 'lantern', productIds: ['85123A'], discountPercent: 10, ...SEPT };
const bags: Promotion = { name: 'bags', group: '85099', discountPercent: 5, ...SEPT };
const line = (productId: string, quantity = 1) => ({ productId, quantity });

describe('bestPromotion', () => {
  it('matches a listed product on a day within the dates, both ends included', () => {
    expect(bestPromotion(line('85123A'), 'active', day('2011-09-01'), [lantern])).toBe(lantern);
    expect(bestPromotion(line('85123A'), 'active', day('2011-09-30 23:59'), [lantern])).toBe(lantern);
    expect(bestPromotion(line('22423'), 'active', day('2011-09-10'), [lantern])).toBeNull();
  });

  it('never gives an expired or a not-yet-valid promotion', () => {
    expect(bestPromotion(line('85123A'), 'active', day('2011-10-01'), [lantern])).toBeNull();
    expect(bestPromotion(line('85123A'), 'active', day('2011-08-31 23:59'), [lantern])).toBeNull();
  });

  it('matches a product of the group, not the group id alone nor another group', () => {
    expect(bestPromotion(line('85099B'), 'new', day('2011-09-10'), [bags])).toBe(bags);
    expect(bestPromotion(line('85099F'), 'new', day('2011-09-10'), [bags])).toBe(bags);
    expect(bestPromotion(line('85123A'), 'new', day('2011-09-10'), [bags])).toBeNull();
  });

  it('needs an eligible segment when segments are listed', () => {
    const winBack = { ...lantern, segments: ['at-risk', 'lapsed'] } satisfies Promotion;
    expect(bestPromotion(line('85123A'), 'lapsed', day('2011-09-10'), [winBack])).toBe(winBack);
    expect(bestPromotion(line('85123A'), 'active', day('2011-09-10'), [winBack])).toBeNull();
  });

  it('needs the minimum quantity', () => {
    const dozen = { ...lantern, minQuantity: 12 };
    expect(bestPromotion(line('85123A', 11), 'active', day('2011-09-10'), [dozen])).toBeNull();
    expect(bestPromotion(line('85123A', 12), 'active', day('2011-09-10'), [dozen])).toBe(dozen);
  });

  it('picks the largest discount of several, ties by name whatever the order', () => {
    const more = { ...lantern, name: 'more', discountPercent: 15 };
    const tieA = { ...lantern, name: 'a tie', discountPercent: 15 };
    const expired = { ...lantern, name: 'expired', discountPercent: 50, validTo: '2011-08-31' };
    expect(bestPromotion(line('85123A'), 'active', day('2011-09-10'), [lantern, more, expired])).toBe(more);
    expect(bestPromotion(line('85123A'), 'active', day('2011-09-10'), [more, tieA])).toBe(tieA);
    expect(bestPromotion(line('85123A'), 'active', day('2011-09-10'), [tieA, more])).toBe(tieA);
  });

  it('matches nothing on an invalid date', () => {
    expect(bestPromotion(line('85123A'), 'active', NaN, [lantern])).toBeNull();
  });
});

describe('promotionWithinReach', () => {
  const dozen = { ...lantern, name: 'dozen', discountPercent: 15, minQuantity: 12 };

  it('offers a promotion that a larger quantity would bring, with a reason', () => {
    expect(promotionWithinReach(line('85123A', 8), 'active', day('2011-09-10'), [dozen])).toEqual({
      promotion: dozen,
      quantity: 12,
      reason: 'order 12 instead of 8 to get "dozen" (-15 %)',
    });
  });

  it('offers nothing already applying, no better than the current one, or beyond twice the quantity', () => {
    expect(promotionWithinReach(line('85123A', 12), 'active', day('2011-09-10'), [dozen])).toBeNull();
    expect(promotionWithinReach(line('85123A', 8), 'active', day('2011-09-10'), [dozen, { ...lantern, discountPercent: 20 }])).toBeNull();
    expect(promotionWithinReach(line('85123A', 5), 'active', day('2011-09-10'), [dozen])).toBeNull();
    expect(promotionWithinReach(line('85123A', 5), 'active', day('2011-09-10'), [dozen], 3)).toMatchObject({ quantity: 12 });
  });

  it('offers only a promotion that would match otherwise', () => {
    expect(promotionWithinReach(line('85123A', 8), 'active', day('2011-10-10'), [dozen])).toBeNull();
    expect(promotionWithinReach(line('85123A', 8), 'new', day('2011-09-10'), [{ ...dozen, segments: ['active'] }])).toBeNull();
    expect(promotionWithinReach(line('22423', 8), 'active', day('2011-09-10'), [dozen])).toBeNull();
  });
});
