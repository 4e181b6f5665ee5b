import { describe, expect, it } from 'vitest';
import { EngineError } from '../engine/index.js';
import { CsvGuard, MAX_GZIP_RATIO, MAX_ROW_CHARS } from './CsvGuard.js';

/** Feeds `text` to a guard in chunks of `size` characters; returns the error it raised, if any. */
async function guard(text: string, size = text.length, options: Partial<ConstructorParameters<typeof CsvGuard>[0]> = {}): Promise<EngineError | undefined> {
  const g = new CsvGuard({ path: 'orders.csv', ...options });
  g.resume();
  return new Promise((resolve) => {
    g.on('error', (e) => resolve(e as EngineError));
    g.on('end', () => resolve(undefined));
    for (let i = 0; i < text.length; i += size) g.write(text.slice(i, i + size));
    g.end();
  });
}

const HEADER = 'customer_id,order_id,product_name';
const LONG = 'x'.repeat(MAX_ROW_CHARS + 1);

/** A file whose line `bad` (1-based) is a row too long in the third column, after rows of every shape. */
function tricky(eol: string): { text: string; bad: number } {
  const rows = [
    HEADER, // 1
    'A,1,"a quoted, name"', // 2
    `A,1,"two${eol}lines"`, // 3-4
    'A,1,"with ""escaped"" quotes"', // 5
    'A,1,12" pizza', // 6: a quote inside an unquoted field is text
    `A,1,"""${eol}${eol}"""`, // 7-9
    '', // 10
    `A,1,${LONG}`, // 11
  ];
  return { text: rows.join(eol) + eol, bad: 11 };
}

describe('CsvGuard', () => {
  it.each([
    ['LF', '\n'],
    ['CR LF', '\r\n'],
    ['CR', '\r'],
  ])('names the line and column of a row over the cap, however the text is cut into chunks (%s)', async (_, eol) => {
    const { text, bad } = tricky(eol);
    for (const size of [1, 2, 3, 7, 64, 4096, text.length]) {
      const error = await guard(text, size);
      expect(error?.code, `chunks of ${size}`).toBe('ROW_TOO_LONG');
      expect(error?.message, `chunks of ${size}`).toBe(
        `orders.csv:${bad}: column "product_name": the line runs past 65,536 characters without a line break (an order line is a few hundred at most)`,
      );
    }
  });

  it('lets rows under the cap through unchanged', async () => {
    const text = tricky('\r\n').text.replace(LONG, 'x'.repeat(MAX_ROW_CHARS - 10));
    const g = new CsvGuard({ path: 'orders.csv' });
    const out: string[] = [];
    g.on('data', (c: string) => out.push(c));
    g.end(text);
    await new Promise((r) => g.on('end', r));
    expect(out.join('')).toBe(text);
  });

  it('says when a quote is never closed, at the line the row starts on', async () => {
    const text = `${HEADER}\nA,1,ok\nA,1,"never closed\n${'B,2,short line\n'.repeat(10_000)}`;
    const error = await guard(text, 1000);
    expect(error?.message).toBe('orders.csv:3: column "product_name": a quoted field runs past 65,536 characters (is a closing quote missing?)');
  });

  it('refuses a header without a line break, a binary file', async () => {
    const error = await guard('\0'.repeat(MAX_ROW_CHARS * 2), 10_000);
    expect(error?.message).toBe('orders.csv:1: the header runs past 65,536 characters without a line break: not a CSV order file');
  });

  it(`refuses text over ${MAX_GZIP_RATIO} times the compressed bytes read, past the first 16 MiB`, async () => {
    const line = 'A,1,mug\n';
    const text = line.repeat((17 * 1024 * 1024) / line.length);
    expect(await guard(text, 1 << 20, { compressedBytes: () => 200_000 })).toBeUndefined(); // ratio 89
    const error = await guard(text, 1 << 20, { compressedBytes: () => 100_000 });
    expect(error?.code).toBe('GZIP_BOMB');
    expect(error?.message).toMatch(/^orders\.csv:2097153: decompresses to over 100 times its size \(\d+ MB from the first 100 KB; .*\): refused as a likely gzip bomb$/);
  });
});
