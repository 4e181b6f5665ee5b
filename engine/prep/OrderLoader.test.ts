import { describe, expect, it } from 'vitest';
import { loadLines } from './loadLines.testing.js';
import { canonicalPreset } from './canonicalPreset.js';
import { EngineError } from '../EngineError.js';
import { onlineRetailPreset } from './onlineRetailPreset.js';
import { OrderLoader } from './OrderLoader.js';

const HEADER = 'customer_id,order_id,order_date,product_id,quantity,unit_price';


function thrown(f: () => unknown): EngineError {
  try {
    f();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
}

describe('OrderLoader', () => {
  it('matches header names ignoring case, spaces and column order, and uses optional columns when present', () => {
    const { history } = loadLines(canonicalPreset, [
      ' Product_Name ,UNIT_PRICE,quantity,product_id,order_date,order_id,Customer_ID',
      'Red mug,2.5,3,P1,2024-01-01,o1,A',
    ]);
    expect(history.customerIds).toEqual(['A']);
    expect(history.productNames).toEqual(['Red mug']);
    expect(Array.from(history.itemPrice)).toEqual([2.5]);
  });

  it('throws MISSING_COLUMN naming the missing and the found columns, at the header line', () => {
    const error = thrown(() => new OrderLoader(canonicalPreset, ['customer_id', 'order_id', 'order_date', 'product_id'], 'orders.csv'));
    expect(error.code).toBe('MISSING_COLUMN');
    expect(error.message).toBe(
      'orders.csv:1: missing columns quantity, unit_price for preset canonical (found: "customer_id,order_id,order_date,product_id")',
    );
    expect(error.where).toEqual({ source: 'orders.csv', line: 1 });
    expect(() => new OrderLoader(onlineRetailPreset, HEADER.split(','), 'x.csv', 3)).toThrow(
      'x.csv:3: missing columns InvoiceNo, StockCode, InvoiceDate, UnitPrice, CustomerID for preset online-retail (found: "customer_id,order_id,order_date,product_id,quantity,unit_price")',
    );
    expect(() => new OrderLoader(canonicalPreset, [], 'empty.csv')).toThrow(
      'empty.csv:1: missing columns customer_id, order_id, order_date, product_id, quantity, unit_price for preset canonical (found: no columns)',
    );
  });

  it('quotes, cuts and escapes an unreadable header instead of echoing it to the terminal', () => {
    const garbage = ['\u001b]0;pwned\u0007\u0000\u0000' + '\u00ff'.repeat(200), 'x'];
    const error = thrown(() => new OrderLoader(canonicalPreset, garbage, 'orders.csv'));
    expect(error.message).toBe(
      `orders.csv:1: missing columns customer_id, order_id, order_date, product_id, quantity, unit_price for preset canonical (found: "\\u001b]0;pwned\\u0007\\u0000\\u0000${'\u00ff'.repeat(68)}…" (214 characters))`,
    );
    expect(error.message).not.toMatch(/[\u0000-\u001f]/);
  });

  it('throws MALFORMED_ROW at the given line for a bad value, naming the column and the value', () => {
    const error = thrown(() => loadLines(canonicalPreset, [HEADER, 'A,o1,2024-01-01,P1,1,1', 'A,o1,2024-13-01,P1,1,1']));
    expect(error.code).toBe('MALFORMED_ROW');
    expect(error.message).toBe(
      'orders.csv:3: order_date "2024-13-01" is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])',
    );
    expect(error.where).toEqual({ source: 'orders.csv', line: 3 });
    expect(() => loadLines(canonicalPreset, [HEADER, 'A,o1,2024-01-01,P1,1,0x10'])).toThrow(
      'orders.csv:2: unit_price "0x10" is not a plain decimal number',
    );
  });

  it('throws MALFORMED_ROW for a row with the wrong number of fields', () => {
    const error = thrown(() => loadLines(canonicalPreset, [HEADER, 'A,o1,2024-01-01,P1,1']));
    expect(error.code).toBe('MALFORMED_ROW');
    expect(error.message).toBe('orders.csv:2: expected 6 fields as in the header, found 5');
  });

  it('reuses a cached date only for the same text', () => {
    const { history } = loadLines(canonicalPreset, [
      HEADER, 'A,o1,2024-01-01,P1,1,1', 'A,o1,2024-01-01,P2,1,1', 'A,o2,2024-01-02,P1,1,1', 'A,o3,2024-01-01 12:00,P1,1,1',
    ]);
    expect(Array.from(history.basketTime)).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1, 12), Date.UTC(2024, 0, 2)]);
  });

  it('reports an empty file (header only) as zero rows and an empty history', () => {
    const { history, report } = loadLines(canonicalPreset, [HEADER]);
    expect(report).toMatchObject({ rows: 0, kept: 0, customers: 0, baskets: 0 });
    expect(report.firstOrderTime).toBeNaN();
    expect(history.customerIds).toEqual([]);
  });

  it('counts exact duplicates among the kept lines and sums them, as any product listed twice in an order', () => {
    const { history, report } = loadLines(canonicalPreset, [
      HEADER,
      'A,o1,2024-01-01,P1,2,1.5',
      'A,o1,2024-01-01,P2,1,3',
      'A,o1,2024-01-01,P1,2,1.5', // a copy of line 2
      'A,o1,2024-01-01,P1,2,1.6', // another price: not a copy
      'A,o1,2024-01-01 10:00,P1,2,1.5', // another time: not a copy
      'A,o2,2024-01-02,P1,2,1.5', // another order
      'B,o1,2024-01-01,P1,2,1.5', // another customer
      'A,o1,2024-01-01,P1,2,1.5', // a second copy of line 2
      'A,o1,2024-01-01,P3,1,0',
      'A,o1,2024-01-01,P3,1,-1', // both prices unknown: a copy
    ]);
    expect(report.duplicates).toBe(3);
    expect(report.kept).toBe(10);
    expect(history.itemQuantity[0]).toBe(10); // A's o1, P1: every line summed
  });

  it('counts rows as they come', () => {
    const loader = new OrderLoader(canonicalPreset, HEADER.split(','), 'orders.csv');
    loader.addRow(',o1,2024-01-01,P1,1,1'.split(','), 2);
    loader.addRow('A,o1,2024-01-01,P1,1,1'.split(','), 3);
    expect(loader.rowCount).toBe(2);
  });
});
