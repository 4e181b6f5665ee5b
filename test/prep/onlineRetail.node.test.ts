/**
 * The shared Online Retail file (../shared/data, never copied into the repo) through the real
 * reader and the online-retail preset. The expected counts were computed independently with a
 * short Python script over the gz file (csv module, the same classification order: anonymous,
 * non-product code, cancellation / negative quantity, zero quantity, purchase).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readOrderFile } from '../../cli/readOrderFile.js';
import { SHARED_ORDERS } from '../../cli/sharedData.js';
import { basketCountOf, type LoadReport, type OrderHistory } from '../../engine/index.js';

let history: OrderHistory;
let report: LoadReport;

beforeAll(async () => {
  ({ history, report } = await readOrderFile(SHARED_ORDERS, { preset: 'online-retail' }));
});

describe('the shared Online Retail file, online-retail preset', () => {
  it('reads every row and accounts for each one', () => {
    expect(report.rows).toBe(320_705);
    expect(report.kept).toBe(225_548);
    expect(report.excluded).toEqual({ anonymous: 88_652, nonProduct: 1_178, cancelled: 5_327, zeroQuantity: 0 });
    const { anonymous, nonProduct, cancelled, zeroQuantity } = report.excluded;
    expect(report.kept + anonymous + nonProduct + cancelled + zeroQuantity).toBe(report.rows);
  });

  it('tallies the non-product codes of identified customers', () => {
    expect(report.nonProductCodes).toEqual({ POST: 718, M: 290, C2: 77, D: 54, '23444': 31, 'BANK CHARGES': 4, PADS: 2, CRUK: 1, DOT: 1 });
  });

  it('keeps 20 purchase lines with a zero price, unpriced: 17 items have no price once merged', () => {
    expect(report.zeroPrice).toBe(20);
    let unpriced = 0;
    for (const price of history.itemPrice) if (Number.isNaN(price)) unpriced++;
    expect(unpriced).toBe(17); // the other 3 merge with a priced line of the same product and invoice
  });

  it('nets the 5,327 cancellations against the purchases they cancel', () => {
    // The same Python script: each cancelled line, in time order, against the customer's purchases of
    // the product at or before it with units left: the most recent of exactly its quantity, else the
    // most recent then earlier ones, each at most what it has left.
    expect(report.cancellations).toEqual({
      lines: 5_327, netted: 4_448, nettedQuantity: 126_206, unmatched: 879, unmatchedQuantity: 17_377, purchasesRemoved: 1_671, ordersRemoved: 80,
    });
  });

  it('leaves customer 12346 without an order: its 74,215 jars were cancelled 16 minutes later', () => {
    const c = history.customerIndex.get('12346')!;
    expect(basketCountOf(history, c)).toBe(0);
  });

  it('builds 3,314 customers, 3,387 products and 11,264 baskets over 2010-12-01 to 2011-08-31', () => {
    // 11,344 orders before netting, 80 of them cancelled in full; 221,062 purchases, 1,671 cancelled in full.
    expect(report).toMatchObject({ customers: 3_314, products: 3_387, baskets: 11_264 });
    expect(history.customerIds).toHaveLength(3_314);
    expect(history.productIds).toHaveLength(3_387);
    expect(history.basketTime).toHaveLength(11_264);
    expect(history.itemProduct).toHaveLength(219_391); // lines merged per (customer, invoice, product), less those cancelled in full
    expect(history.itemQuantity.reduce((a, b) => a + b, 0)).toBe(3_070_860 - 126_206);
    expect(report.firstOrderTime).toBe(Date.UTC(2010, 11, 1, 8, 26));
    expect(report.lastOrderTime).toBe(Date.UTC(2011, 7, 31, 17, 16));
  });

  it('reads customer 17850.0 as 17850, with its 34 invoices', () => {
    const c = history.customerIndex.get('17850');
    expect(c).toBeDefined();
    expect(history.customerIndex.has('17850.0')).toBe(false);
    expect(basketCountOf(history, c!)).toBe(34);
  });
});
