import { describe, expect, it } from 'vitest';
import { formatLoadReport } from './formatLoadReport.js';
import type { LoadReport } from './LoadReport.js';

const report: LoadReport = {
  source: 'orders.csv.gz', preset: 'online-retail', rows: 320705, kept: 225578, zeroPrice: 20, duplicates: 2432,
  excluded: { anonymous: 88652, nonProduct: 1147, cancelled: 5328, zeroQuantity: 0 },
  nonProductCodes: { POST: 718, M: 290, C2: 77, D: 54, '23444': 31, 'BANK CHARGES': 4, PADS: 2, CRUK: 1, DOT: 1 },
  cancellations: { lines: 5327, netted: 4448, nettedQuantity: 123801, unmatched: 879, unmatchedQuantity: 19782, purchasesRemoved: 1552, ordersRemoved: 79 },
  customers: 3314, products: 3388, baskets: 11344,
  firstOrderTime: Date.UTC(2010, 11, 1, 8, 26), lastOrderTime: Date.UTC(2011, 7, 31, 17, 16),
};

describe('formatLoadReport', () => {
  it('says how many rows were read, kept and excluded, and why', () => {
    expect(formatLoadReport(report)).toBe(
      [
        'orders.csv.gz (online-retail): 320,705 rows read',
        '  kept     225,578 purchase lines (20 with a zero or negative price, kept unpriced)',
        '           of which 2,432 exact duplicates (same customer, order, product, quantity, price, date): summed',
        '           → 11,344 baskets, 3,314 customers, 3,388 products, 2010-12-01 to 2011-08-31',
        '  excluded 88,652 anonymous (no customer id)',
        '  excluded 5,328 cancellations and returns',
        '           of which 4,448 netted against the purchase they cancel (123,801 units; 1,552 purchases and 79 orders cancelled in full, removed), 879 with no earlier purchase to net (19,782 units not netted)',
        '  excluded 1,147 non-product lines: POST 718, M 290, C2 77, D 54, 23444 31, BANK CHARGES 4, 3 more codes',
        '  excluded 0 with quantity 0',
      ].join('\n'),
    );
  });

  it('leaves out the price note, the dates and the code list when there are none', () => {
    const text = formatLoadReport({
      ...report, rows: 0, kept: 0, zeroPrice: 0, duplicates: 0, customers: 0, products: 0, baskets: 0,
      excluded: { anonymous: 0, nonProduct: 0, cancelled: 0, zeroQuantity: 0 }, nonProductCodes: {},
      cancellations: { lines: 0, netted: 0, nettedQuantity: 0, unmatched: 0, unmatchedQuantity: 0, purchasesRemoved: 0, ordersRemoved: 0 },
      firstOrderTime: NaN, lastOrderTime: NaN,
    });
    expect(text).toContain('  kept     0 purchase lines\n           of which 0 exact duplicates (same customer, order, product, quantity, price, date): summed\n           → 0 baskets, 0 customers, 0 products\n');
    expect(text).toContain('  excluded 0 non-product lines\n');
    expect(text).toContain('  excluded 0 cancellations and returns\n  excluded 0 non-product');
  });
});
