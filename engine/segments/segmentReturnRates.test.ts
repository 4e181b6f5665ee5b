import { describe, expect, it } from 'vitest';
import { DAY_MS, HistoryBuilder } from '../prep/index.js';
import { segmentCustomers } from './segmentCustomers.js';
import { segmentReturnRates } from './segmentReturnRates.js';

const T0 = Date.UTC(2011, 0, 3);

describe('segmentReturnRates', () => {
  it('sizes every segment and counts who orders within the horizon after the date, and no later', () => {
    const b = new HistoryBuilder();
    const order = (customerId: string, day: number) => b.add({ customerId, orderId: `${customerId}-${day}`, orderTime: T0 + day * DAY_MS, productId: 'P', quantity: 1, unitPrice: 1 });
    // As of day 200: N1, N2 new (one order 10 days before); O1, O2 one-time (one order 150 days before).
    order('N1', 190); order('N1', 210); // orders again on day 210: within 62 days
    order('N2', 190); order('N2', 262); // day 262 is 62 days after: outside
    order('O1', 50); order('O1', 261);
    order('O2', 50);
    const h = b.build();
    const asOf = T0 + 200 * DAY_MS;
    const rows = segmentReturnRates(h, segmentCustomers(h, asOf), asOf, 62);
    expect(rows.map((r) => r.segment)).toEqual(['new', 'one-time', 'active', 'at-risk', 'lapsed']);
    expect(rows[0]).toEqual({ segment: 'new', customers: 2, returned: 1, rate: 0.5 });
    expect(rows[1]).toEqual({ segment: 'one-time', customers: 2, returned: 1, rate: 0.5 });
    expect(rows[2]!.customers).toBe(0);
    expect(rows[2]!.rate).toBeNaN();
  });
});
