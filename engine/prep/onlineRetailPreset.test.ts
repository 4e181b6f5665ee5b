import { OrderLoader } from './OrderLoader.js';
import { describe, expect, it } from 'vitest';
import { loadLines } from './loadLines.testing.js';
import { FieldReader } from './FieldReader.js';
import { isNonProductCode, normaliseCustomerId, onlineRetailPreset } from './onlineRetailPreset.js';
import type { OrderLine } from './OrderLine.js';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';


function interpret(row: string) {
  const names = HEADER.split(',');
  const columns = new Map(names.map((name, i) => [name, i]));
  const fields = new FieldReader('retail.csv');
  fields.line = 7;
  const out = {} as OrderLine;
  const kind = onlineRetailPreset.bind(columns, fields)(row.split(','), out);
  return { kind, out };
}

describe('onlineRetailPreset', () => {
  it('reads a purchase line as published, customer id 17850.0 as 17850', () => {
    const { kind, out } = interpret('536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom');
    expect(kind).toBe('purchase');
    expect(out).toEqual({
      customerId: '17850', orderId: '536365', orderTime: Date.UTC(2010, 11, 1, 8, 26), productId: '85123A',
      quantity: 6, unitPrice: 2.55, productName: 'WHITE HANGING HEART T-LIGHT HOLDER', customerName: undefined,
    });
  });

  it('classifies in order: anonymous, non-product, cancelled, zero quantity, purchase', () => {
    expect(interpret('C536379,POST,POSTAGE,-1,2010-12-01 09:41:00,18,,United Kingdom').kind).toBe('anonymous');
    expect(interpret('C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,14527.0,United Kingdom').kind).toBe('nonProduct');
    expect(interpret('536370,POST,POSTAGE,3,2010-12-01 08:45:00,18,12583.0,France').kind).toBe('nonProduct');
    expect(interpret('C536383,35004C,SET OF 3 CAKE TINS,-1,2010-12-01 09:49:00,4.65,15311.0,UK').kind).toBe('cancelled');
    expect(interpret('536383,35004C,SET OF 3 CAKE TINS,-1,2010-12-01 09:49:00,4.65,15311.0,UK').kind).toBe('cancelled');
    expect(interpret('536383,35004C,SET OF 3 CAKE TINS,0,2010-12-01 09:49:00,4.65,15311.0,UK').kind).toBe('zeroQuantity');
    expect(interpret('536383,35004C,SET OF 3 CAKE TINS,1,2010-12-01 09:49:00,0,15311.0,UK').kind).toBe('purchase');
  });

  it('gives the code of a non-product line for the tally', () => {
    expect(interpret('536370,BANK CHARGES,Bank Charges,1,2010-12-01 08:45:00,15,12583.0,France').out.productId).toBe('BANK CHARGES');
  });

  it('keeps a zero-price purchase with an unknown price', () => {
    const { kind, out } = interpret('537197,22841,ROUND CAKE TIN,1,2010-12-05 14:02:00,0.0,12647.0,Germany');
    expect(kind).toBe('purchase');
    expect(out.unitPrice).toBeNaN();
  });

  it('stops at a bad field with `file:line: column "value" …`', () => {
    expect(() => interpret('536365,85123A,X,6,12/1/2010 8:26,2.55,17850.0,UK')).toThrow(
      'retail.csv:7: InvoiceDate "12/1/2010 8:26" is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])',
    );
    expect(() => interpret('536365,85123A,X,six,2010-12-01 08:26:00,2.55,17850.0,UK')).toThrow(
      'retail.csv:7: Quantity "six" is not a plain decimal number',
    );
  });

  it('counts every kind on a sample, tallies non-product codes, and the counts add up to the rows', () => {
    const { history, report } = loadLines(onlineRetailPreset, [
      HEADER,
      '536365,85123A,WHITE HEART,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom',
      '536365,71053,WHITE LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom',
      '536366,22633,HAND WARMER,6,2010-12-01 08:28:00,1.85,17850.0,United Kingdom',
      '536367,DCGSSGIRL,GIRLS PARTY BAG,1,2010-12-01 08:34:00,3.29,13047.0,United Kingdom',
      '536368,22960,JAM MAKING SET,6,2010-12-01 08:34:00,0,13047.0,United Kingdom',
      '536370,POST,POSTAGE,3,2010-12-01 08:45:00,18,12583.0,France',
      '536370,POST,POSTAGE,1,2010-12-01 08:45:00,18,12583.0,France',
      '536371,M,Manual,1,2010-12-01 09:00:00,5,12583.0,France',
      '536372,gift_0001_20,voucher,1,2010-12-01 09:01:00,17.02,12583.0,France',
      'C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,14527.0,United Kingdom',
      'C536383,35004C,CAKE TINS,-1,2010-12-01 09:49:00,4.65,15311.0,United Kingdom',
      '536414,22139,,56,2010-12-01 11:52:00,0,,United Kingdom',
      '536544,21773,SOAP DISH,1,2010-12-01 14:32:00,2.51,,United Kingdom',
      '536545,21774,SOAP DISH,0,2010-12-01 14:32:00,2.51,12583.0,United Kingdom',
    ]);
    expect(report).toEqual({
      source: 'orders.csv', preset: 'online-retail',
      rows: 14, kept: 5, zeroPrice: 1, duplicates: 0,
      excluded: { anonymous: 2, nonProduct: 5, cancelled: 1, zeroQuantity: 1 },
      nonProductCodes: { POST: 2, D: 1, M: 1, gift_0001_20: 1 },
      // 15311's cake tins were bought before the file starts: nothing to net them against.
      cancellations: { lines: 1, netted: 0, nettedQuantity: 0, unmatched: 1, unmatchedQuantity: 1, purchasesRemoved: 0, ordersRemoved: 0 },
      customers: 2, products: 5, baskets: 4,
      firstOrderTime: Date.UTC(2010, 11, 1, 8, 26), lastOrderTime: Date.UTC(2010, 11, 1, 8, 34),
    });
    const { kept, excluded } = report;
    expect(kept + excluded.anonymous + excluded.nonProduct + excluded.cancelled + excluded.zeroQuantity).toBe(report.rows);
    expect(history.customerIds).toEqual(['13047', '17850']);
  });
});

describe('online-retail cancellations', () => {
  it("nets a C invoice against the customer's purchase it cancels: 12346's 74,215 jars leave no order", () => {
    const { history, report } = loadLines(onlineRetailPreset, [
      HEADER,
      '541431,23166,MEDIUM CERAMIC TOP STORAGE JAR,74215,2011-01-18 10:01:00,1.04,12346.0,United Kingdom',
      'C541433,23166,MEDIUM CERAMIC TOP STORAGE JAR,-74215,2011-01-18 10:17:00,1.04,12346.0,United Kingdom',
      '541500,23166,MEDIUM CERAMIC TOP STORAGE JAR,24,2011-01-19 10:00:00,1.25,12347.0,Iceland',
      'C541501,23166,MEDIUM CERAMIC TOP STORAGE JAR,-12,2011-01-20 10:00:00,1.25,12347.0,Iceland',
    ]);
    expect(report.cancellations).toEqual({ lines: 2, netted: 2, nettedQuantity: 74_227, unmatched: 0, unmatchedQuantity: 0, purchasesRemoved: 1, ordersRemoved: 1 });
    expect(report).toMatchObject({ kept: 2, customers: 2, baskets: 1, excluded: { cancelled: 2 } });
    const c = history.customerIndex.get('12346')!;
    expect(history.basketStart[c + 1]! - history.basketStart[c]!).toBe(0);
    expect(Array.from(history.itemQuantity)).toEqual([12]); // 12347 kept 12 of its 24
  });

  it('keeps purchases as the file lists them when asked not to net (a published protocol reads invoices so)', () => {
    const loader = new OrderLoader(onlineRetailPreset, HEADER.split(','), 'orders.csv', 1, { netCancellations: false });
    loader.addRow('541431,23166,JAR,74215,2011-01-18 10:01:00,1.04,12346.0,United Kingdom'.split(','), 2);
    loader.addRow('C541433,23166,JAR,-74215,2011-01-18 10:17:00,1.04,12346.0,United Kingdom'.split(','), 3);
    const { history, report } = loader.finish();
    expect(Array.from(history.itemQuantity)).toEqual([74_215]);
    expect(report).toMatchObject({ excluded: { cancelled: 1 }, cancellations: { lines: 0, netted: 0 }, baskets: 1 });
  });
});

describe('isNonProductCode', () => {
  it.each(['POST', 'DOT', 'M', 'm', 'C2', 'S', 'D', 'AMAZONFEE', 'BANK CHARGES', 'B', 'PADS', 'CRUK', 'gift_0001_10', 'gift_0001_50'])(
    '%j is not a product',
    (code) => expect(isNonProductCode(code)).toBe(true),
  );
  it.each(['85123A', '22633', 'DCGSSGIRL', 'DCGS0003', 'DCGS0066P', 'POSTAGE', 'gift', '15056BL'])('%j is a product', (code) => {
    expect(isNonProductCode(code)).toBe(false);
  });
});

describe('normaliseCustomerId', () => {
  it.each([
    ['17850.0', '17850'], ['17850.00', '17850'], ['17850', '17850'], ['17850.5', '17850.5'], ['ABC.0', 'ABC'], ['.0', '.0'],
  ])('%j → %j', (text, id) => expect(normaliseCustomerId(text)).toBe(id));
});
