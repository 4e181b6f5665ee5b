/**
 * The fake org (tests, demo, bench) is seeded from the shared file's rows: its orders must net
 * cancellations as the loader does, or the widget over the demo proposes what was cancelled.
 */
import { describe, expect, it } from 'vitest';
import { seedLinesFromCsv } from '../../fake-org/index.js';

const CSV = [
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
  '541431,23166,MEDIUM CERAMIC TOP STORAGE JAR,74215,2011-01-18 10:01:00,1.04,12346.0,United Kingdom',
  'C541433,23166,MEDIUM CERAMIC TOP STORAGE JAR,-74215,2011-01-18 10:17:00,1.04,12346.0,United Kingdom',
  '541500,23166,MEDIUM CERAMIC TOP STORAGE JAR,24,2011-01-19 10:00:00,1.25,12347.0,Iceland',
  '541500,22423,REGENCY CAKESTAND 3 TIER,2,2011-01-19 10:00:00,12.75,12347.0,Iceland',
  'C541501,23166,MEDIUM CERAMIC TOP STORAGE JAR,-12,2011-01-20 10:00:00,1.25,12347.0,Iceland',
].join('\n');

describe('the fake org seeded from the shared file', () => {
  it("nets cancellations: 12346's cancelled jars are no order, 12347 keeps 12 of its 24", () => {
    const lines = seedLinesFromCsv(CSV);
    expect(lines.map((l) => [l.accountNumber, l.orderName, l.productCode, l.quantity])).toEqual([
      ['12347', '541500', '23166', 12],
      ['12347', '541500', '22423', 2],
    ]);
    expect(lines[0]).toMatchObject({ orderDate: '2011-01-19', productName: 'MEDIUM CERAMIC TOP STORAGE JAR', unitPrice: 1.25, country: 'Iceland' });
  });
});
