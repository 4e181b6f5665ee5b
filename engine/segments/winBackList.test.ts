import { describe, expect, it } from 'vitest';
import type { BusinessRules } from '../rules/index.js';
import type { CustomerSegment, Segment } from './Segment.js';
import { winBackList } from './winBackList.js';

function seg(customer: number, segment: Segment, valueAtStake: number, monetary = 0): CustomerSegment {
  return {
    customer, customerId: `C${customer}`, segment, recencyDays: 50, orders: 4, orderDays: 4, intervalDays: 20,
    allowanceDays: 35, monetary, orderValue: 10, stability: 0.5, valueAtStake, reason: '',
  };
}

const SEGMENTS = [seg(0, 'active', 0), seg(1, 'at-risk', 50), seg(2, 'lapsed', 300), seg(3, 'new', 0), seg(4, 'at-risk', 120), seg(5, 'lapsed', 50, 900)];

describe('winBackList', () => {
  it('lists at-risk and lapsed customers, highest value at stake first', () => {
    // Ties on value at stake go to the customer that has ordered more.
    expect(winBackList(SEGMENTS).map((e) => e.customerId)).toEqual(['C2', 'C4', 'C5', 'C1']);
  });

  it('gives each the offer of the win-back client rule', () => {
    const rules: BusinessRules = {
      clientRules: [
        { name: 'welcome', appliesTo: 'new', discountPercent: 5, offer: 'welcome pack' },
        { name: 'come back', appliesTo: 'win-back', discountPercent: 10, offer: '10 % off your next order' },
      ],
    };
    const list = winBackList(SEGMENTS, rules);
    expect(list).toHaveLength(4);
    for (const e of list) expect(e).toMatchObject({ rule: 'come back', offer: '10 % off your next order', discountPercent: 10 });
    expect(list[0]).toMatchObject({ customer: 2, segment: 'lapsed', valueAtStake: 300 });
  });

  it('has no offer without a win-back rule, and a rule without a discount gives 0 %', () => {
    expect(winBackList(SEGMENTS)[0]).toMatchObject({ rule: null, offer: null, discountPercent: 0 });
    expect(winBackList(SEGMENTS, { clientRules: [{ name: 'call', appliesTo: 'win-back', offer: 'a call from the rep' }] })[0]).toMatchObject({ rule: 'call', offer: 'a call from the rep', discountPercent: 0 });
  });

  it('does not reorder the segments it is given', () => {
    const copy = [...SEGMENTS];
    winBackList(SEGMENTS);
    expect(SEGMENTS).toEqual(copy);
  });
});
