import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineError } from '../engine/index.js';
import { readOrderFile } from './readOrderFile.js';

const dir = mkdtempSync(join(tmpdir(), 'readOrderFile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'customer_id,order_id,order_date,product_id,quantity,unit_price,product_name';

/** Writes `text` (gzipped when asked) to a new file in the temp dir and returns its path. */
function file(name: string, text: string | Buffer, gzip = false): string {
  const path = join(dir, name);
  writeFileSync(path, gzip ? gzipSync(text) : text);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<EngineError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof EngineError)) throw new Error(`expected an EngineError, got ${String(error)}`);
  return error;
}

/** Lines 1–6: header, a row, a row whose quoted name spans lines 3–4, an empty line, a row. */
const SAMPLE = [
  HEADER,
  'A,o1,2024-01-01,P1,2,1.50,Mug',
  'A,o1,2024-01-01,P2,1,2.00,"Tea towel,',
  'two lines"',
  '',
  'B,o2,2024-01-02 10:00,P1,3,1.50,Mug',
].join('\n');

describe('readOrderFile', () => {
  it('reads a plain canonical file, quoted fields and all', async () => {
    const { history, report } = await readOrderFile(file('plain.csv', SAMPLE + '\n'));
    expect(report).toMatchObject({ preset: 'canonical', rows: 3, kept: 3, customers: 2, products: 2, baskets: 2 });
    expect(history.productNames).toEqual(['Mug', 'Tea towel,\ntwo lines']);
  });

  it('reads a gzipped file by its magic bytes, whatever its name, and a plain one named .gz', async () => {
    const zipped = await readOrderFile(file('zipped.csv', SAMPLE, true));
    const plain = await readOrderFile(file('plain.csv.gz', SAMPLE));
    expect(zipped.report.rows).toBe(3);
    expect(plain.report.rows).toBe(3);
    expect(zipped.history).toEqual(plain.history);
  });

  it('skips a byte-order mark and reads CRLF line endings', async () => {
    const { report } = await readOrderFile(file('bom.csv', '\uFEFF' + SAMPLE.replaceAll('\n', '\r\n')));
    expect(report.rows).toBe(3);
  });

  it.each([
    ['plain', false, 'plain'],
    ['gzipped', true, 'gzipped'],
    ['CRLF', false, 'crlf'],
  ])('names the physical line of a bad value after a multi-line field and an empty line (%s)', async (_, gzip, name) => {
    let text = SAMPLE + '\nB,o3,2024-02-30,P1,1,1.50,Mug\n';
    if (name === 'crlf') text = text.replaceAll('\n', '\r\n');
    const path = file(`late-error-${name}.csv`, text, gzip);
    const error = await failure(readOrderFile(path));
    expect(error.code).toBe('MALFORMED_ROW');
    expect(error.message).toBe(
      `${path}:7: order_date "2024-02-30" is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])`,
    );
    expect(error.where).toEqual({ source: path, line: 7 });
  });

  it('counts a CRLF inside a quoted field as one line, as an editor shows it', async () => {
    const text = [HEADER, 'A,o1,2024-01-01,P1,1,1,"a', 'b', 'c"', 'A,o1,2024-01-01,P2,1,1,"d', 'e"', 'A,o1,2024-01-01,P3,1,x,f'].join('\r\n');
    const path = file('crlf-fields.csv', text);
    await expect(readOrderFile(path)).rejects.toThrow(`${path}:7: unit_price "x" is not a plain decimal number`);
  });

  it('names the line of a bad number', async () => {
    const path = file('bad-number.csv', `${HEADER}\nA,o1,2024-01-01,P1,1,"1,50",Mug\n`);
    await expect(readOrderFile(path)).rejects.toThrow(`${path}:2: unit_price "1,50" is not a plain decimal number`);
  });

  it('reports a row with the wrong number of fields at the line where it starts', async () => {
    const path = file('short-row.csv', SAMPLE + '\n"B\nB",o3,2024-01-03,P1,1,1.50\n');
    const error = await failure(readOrderFile(path));
    expect(error.code).toBe('MALFORMED_ROW');
    expect(error.message).toBe(`${path}:7: expected 7 fields as in the header, found 6`);
    expect(error.where).toEqual({ source: path, line: 7 });
  });

  it('reports broken quoting as MALFORMED_ROW with the line', async () => {
    const unclosed = file('unclosed.csv', SAMPLE + '\nB,o3,2024-01-03,P1,1,1.50,"Mug\nand more\n');
    await expect(readOrderFile(unclosed)).rejects.toThrow(
      `${unclosed}:7: a quoted field is not closed before the end of the file`,
    );
    // A quote inside an unquoted field is read as written: that is what the person meant.
    const stray = file('stray-quote.csv', `${HEADER}\nA,o1,2024-01-01,P1,1,1.50,12" pizza\n`);
    expect((await readOrderFile(stray)).history.productNames).toEqual(['12" pizza']);
    const after = file('after-quote.csv', `${HEADER}\nA,o1,2024-01-01,P1,1,1.50,"Mug"s\n`);
    await expect(readOrderFile(after)).rejects.toThrow(`${after}:2: text after the closing quote of a quoted field`);
  });

  it('throws MISSING_COLUMN naming what is missing and what was found', async () => {
    const path = file('no-price.csv', 'customer_id,order_id,order_date,product_id,quantity\nA,o1,2024-01-01,P1,1\n');
    const error = await failure(readOrderFile(path));
    expect(error.code).toBe('MISSING_COLUMN');
    expect(error.message).toBe(
      `${path}:1: missing column unit_price for preset canonical (found: "customer_id,order_id,order_date,product_id,quantity")`,
    );
    const empty = file('empty.csv', '');
    await expect(readOrderFile(empty)).rejects.toThrow(`${empty}:1: missing columns customer_id, order_id`);
  });

  it('reads a header-only file as no rows', async () => {
    const { report } = await readOrderFile(file('header-only.csv', HEADER + '\n'));
    expect(report.rows).toBe(0);
  });

  it('throws FILE_NOT_FOUND naming the path', async () => {
    const path = join(dir, 'nope.csv');
    const error = await failure(readOrderFile(path));
    expect(error.code).toBe('FILE_NOT_FOUND');
    expect(error.message).toBe(`${path}: file not found`);
  });

  it('throws FILE_UNREADABLE for a broken gzip file or a directory', async () => {
    const broken = gzipSync(SAMPLE).subarray(0, 30);
    const error = await failure(readOrderFile(file('broken.csv.gz', Buffer.from(broken))));
    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.message).toMatch(/broken\.csv\.gz: not a valid gzip file \(/);
    expect((await failure(readOrderFile(dir))).code).toBe('FILE_UNREADABLE');
  });

  it('reads the online-retail format with that preset, and rejects an unknown preset', async () => {
    const path = file(
      'retail.csv',
      'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n' +
        '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n' +
        '536370,POST,POSTAGE,3,2010-12-01 08:45:00,18.0,12583.0,France\n',
    );
    const { history, report } = await readOrderFile(path, { preset: 'online-retail' });
    expect(history.customerIds).toEqual(['17850']);
    expect(report.nonProductCodes).toEqual({ POST: 1 });
    const error = await failure(readOrderFile(path, { preset: 'excel' as 'canonical' }));
    expect(error.code).toBe('UNKNOWN_PRESET');
  });

  it('reports progress as rows come in and once at the end with the total', async () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => `C${i % 50},o${i % 900},2024-01-01,P${i % 30},1,1.00,x`);
    const path = file('many.csv.gz', [HEADER, ...rows].join('\n'), true);
    const calls: number[] = [];
    const { report } = await readOrderFile(path, { onProgress: (n) => calls.push(n) });
    expect(report.rows).toBe(70_000);
    expect(calls).toEqual([65_536, 70_000]);
  });
});
