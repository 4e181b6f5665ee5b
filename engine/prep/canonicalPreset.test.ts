import { describe, expect, it } from 'vitest';
import { loadLines } from './loadLines.testing.js';
import { canonicalPreset } from './canonicalPreset.js';
import { FieldReader } from './FieldReader.js';
import type { OrderLine } from './OrderLine.js';
import { parseDateTime } from './time.js';

const HEADER = 'customer_id,order_id,order_date,product_id,quantity,unit_price';


function interpret(row: string, header = HEADER) {
  const names = header.split(',');
  const columns = new Map<string, number>();
  for (const name of [...canonicalPreset.requiredColumns, ...canonicalPreset.optionalColumns]) {
    if (names.includes(name)) columns.set(name, names.indexOf(name));
  }
  const fields = new FieldReader('orders.csv');
  fields.line = 2;
  const out = {} as OrderLine;
  const kind = canonicalPreset.bind(columns, fields)(row.split(','), out);
  return { kind, out };
}

describe('canonicalPreset', () => {
  it('reads a purchase line, with optional names', () => {
    const { kind, out } = interpret(
      'A-1,SO-9,2024-03-05 14:30,SKU-7,12,2.5,Red mug,Acme',
      `${HEADER},product_name,customer_name`,
    );
    expect(kind).toBe('purchase');
    expect(out).toEqual({
      customerId: 'A-1', orderId: 'SO-9', orderTime: parseDateTime('2024-03-05T14:30:00'), productId: 'SKU-7',
      quantity: 12, unitPrice: 2.5, productName: 'Red mug', customerName: 'Acme',
    });
  });

  it('accepts a date alone, or with T and seconds (UTC)', () => {
    expect(interpret('A,1,2024-03-05,P,1,1').out.orderTime).toBe(Date.UTC(2024, 2, 5));
    expect(interpret('A,1,2024-03-05T08:09:10,P,1,1').out.orderTime).toBe(Date.UTC(2024, 2, 5, 8, 9, 10));
  });

  it('refuses a quantity or price beyond ±1e9, a 400-digit one included (it would read as Infinity)', () => {
    const huge = '9'.repeat(400);
    expect(() => interpret(`A,1,2024-03-05,P,${huge},1`)).toThrow(`orders.csv:2: quantity "${'9'.repeat(80)}…" (400 characters) is beyond ±1,000,000,000: not a real order line`);
    expect(() => interpret('A,1,2024-03-05,P,1,1000000000.01')).toThrow('orders.csv:2: unit_price "1000000000.01" is beyond ±1,000,000,000');
    expect(() => interpret('A,1,2024-03-05,P,-1000000001,1')).toThrow('orders.csv:2: quantity "-1000000001" is beyond');
    expect(interpret('A,1,2024-03-05,P,1000000000,1000000000').out).toMatchObject({ quantity: 1e9, unitPrice: 1e9 });
  });

  it('keeps a purchase with a zero or negative price, price unknown', () => {
    expect(interpret('A,1,2024-03-05,P,3,0').out.unitPrice).toBeNaN();
    expect(interpret('A,1,2024-03-05,P,3,-1.5').out.unitPrice).toBeNaN();
    expect(interpret('A,1,2024-03-05,P,3,0').kind).toBe('purchase');
  });

  it('classifies anonymous lines, returns and zero quantities; never non-products', () => {
    expect(interpret(',1,2024-03-05,P,3,1').kind).toBe('anonymous');
    expect(interpret('  ,1,2024-03-05,P,-3,1').kind).toBe('anonymous');
    expect(interpret('A,1,2024-03-05,P,-3,1').kind).toBe('cancelled');
    expect(interpret('A,1,2024-03-05,P,0,1').kind).toBe('zeroQuantity');
    expect(interpret('A,1,2024-03-05,POST,1,1').kind).toBe('purchase');
    expect(interpret('A,C1,2024-03-05,P,1,1').kind).toBe('purchase'); // a C is not a cancellation here
  });

  it('keeps a customer id as written', () => {
    expect(interpret('17850.0,1,2024-03-05,P,1,1').out.customerId).toBe('17850.0');
  });

  it('counts every kind, and the counts add up to the rows', () => {
    const { history, report } = loadLines(canonicalPreset, [
      HEADER,
      'A,o1,2024-01-01,P1,2,1.5',
      'A,o1,2024-01-01,P2,1,0',
      'B,o2,2024-01-02,P1,1,1.5',
      ',o3,2024-01-03,P1,1,1.5',
      'A,o4,2024-01-04,P1,-1,1.5',
      'B,o5,2024-01-05,P3,0,1.5',
    ]);
    expect(report).toMatchObject({
      rows: 6, kept: 3, zeroPrice: 1,
      excluded: { anonymous: 1, nonProduct: 0, cancelled: 1, zeroQuantity: 1 },
      nonProductCodes: {}, customers: 2, products: 2, baskets: 2,
    });
    expect(history.productIds).toEqual(['P1', 'P2']);
  });

  it('stops at a bad field with `file:line: column "value" …`', () => {
    expect(() => interpret('A,1,05/03/2024,P,1,1')).toThrow(
      'orders.csv:2: order_date "05/03/2024" is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])',
    );
    expect(() => interpret('A,1,2024-03-05,P,1,1e3')).toThrow('orders.csv:2: unit_price "1e3" is not a plain decimal number');
    expect(() => interpret('A,1,2024-03-05,P,,1')).toThrow('orders.csv:2: quantity "" is not a plain decimal number');
    expect(() => interpret('A,,2024-03-05,P,1,1')).toThrow('orders.csv:2: order_id is empty');
    expect(() => interpret('A,1,2024-03-05,,1,1')).toThrow('orders.csv:2: product_id is empty');
  });

  it('checks every field even of a row it leaves out', () => {
    expect(() => interpret(',1,2024-02-30,P,1,1')).toThrow('orders.csv:2: order_date "2024-02-30" is not a date');
  });
});
