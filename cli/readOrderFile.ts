import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import { CsvGuard } from './CsvGuard.js';
import {
  EngineError,
  getOrderPreset,
  OrderLoader,
  type LoadReport,
  type OrderHistory,
  type PresetName,
} from '../engine/index.js';

/** Options of `readOrderFile`. */
export interface ReadOrderFileOptions {
  /** How to read the rows; `canonical` when omitted. */
  preset?: PresetName;
  /** Called with the number of data rows read so far, every few tens of thousands and at the end. */
  onProgress?: (rows: number) => void;
  /** Net cancellations against the purchases they cancel (default true); false reads purchases as the file lists them (`OrderLoader`). */
  netCancellations?: boolean;
}

/** Rows between progress calls: a power of two (a mask test per row), a few calls a second. */
const PROGRESS_MASK = 0xffff;

/** Bytes per read and per gunzip output chunk: large enough that stream overhead is negligible. */
const CHUNK_BYTES = 256 * 1024;

/** The first two bytes of every gzip stream (RFC 1952), whatever the file is called. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Human wording for the quoting errors papaparse reports (by its error code). */
const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quoted field is not closed before the end of the file',
  InvalidQuotes: 'text after the closing quote of a quoted field',
};

/**
 * Reads an order CSV (plain or gzip) into an `OrderHistory` and its `LoadReport`, streaming:
 * file → gunzip (when the file starts with the gzip magic bytes) → papaparse, row by row →
 * `OrderLoader`, so the text of a large file never sits in memory. Throws `EngineError`:
 * `FILE_NOT_FOUND`, `FILE_UNREADABLE` (other I/O or gzip errors), `ROW_TOO_LONG` and `GZIP_BOMB`
 * (`CsvGuard`: a row over 64 KiB, a gzip file decompressing to over 100 times its size), `MISSING_COLUMN`,
 * `MALFORMED_ROW` (broken quoting, a row with the wrong number of fields, a bad value); row errors
 * read `path:line: problem`, `line` being the physical line where the row starts (the header is
 * line 1), as an editor shows it. A quote inside an unquoted field is read as written.
 */
export async function readOrderFile(
  path: string,
  options: ReadOrderFileOptions = {},
): Promise<{ history: OrderHistory; report: LoadReport }> {
  const preset = getOrderPreset(options.preset ?? 'canonical');
  const { onProgress } = options;
  const gzipped = await startsWithGzipMagic(path);
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const gunzip = gzipped ? createGunzip({ chunkSize: CHUNK_BYTES }) : undefined;
  const decoded: Readable = gunzip ? file.pipe(gunzip) : file;
  decoded.setEncoding('utf8'); // characters split across chunks are decoded whole

  let loader: OrderLoader | undefined;
  let headerWidth = 0;
  // Bounds what a bad file can cost (an endless line, a gzip bomb) before papaparse sees it.
  const text = decoded.pipe(
    new CsvGuard({ path, compressedBytes: gunzip && (() => gunzip.bytesWritten) }),
  );
  /** The physical line the next row starts on. */
  let line = 1;

  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      file.destroy();
      gunzip?.destroy();
      text.destroy();
      reject(asEngineError(error, path));
    };
    file.on('error', fail);
    gunzip?.on('error', fail);
    text.on('error', fail);

    Papa.parse<string[]>(text as unknown as NodeJS.ReadableStream, {
      delimiter: ',',
      skipEmptyLines: false, // empty lines are counted here, so line numbers stay physical
      step(result, parser) {
        if (settled) return parser.abort();
        const row = result.data;
        const start = line;
        line += 1 + lineBreaksIn(row);
        try {
          const quoting = result.errors.find((e) => e.type === 'Quotes');
          if (quoting) throw rowError(path, start, QUOTE_PROBLEMS[quoting.code] ?? quoting.message);
          if (row.length === 1 && row[0] === '') return; // an empty line
          if (loader === undefined) {
            if (row[0]?.charCodeAt(0) === 0xfeff) row[0] = row[0].slice(1); // a byte-order mark
            headerWidth = row.length;
            loader = new OrderLoader(preset, row, path, start, { netCancellations: options.netCancellations });
            return;
          }
          if (row.length !== headerWidth) {
            throw rowError(path, start, `expected ${headerWidth} fields as in the header, found ${row.length}`);
          }
          loader.addRow(row, start);
          if (onProgress && (loader.rowCount & PROGRESS_MASK) === 0) onProgress(loader.rowCount);
        } catch (error) {
          fail(error);
          parser.abort();
        }
      },
      complete() {
        if (settled) return;
        settled = true;
        resolve();
      },
      error(error) {
        fail(error);
      },
    });
  });

  // A file without even a header line: every required column is missing.
  loader ??= new OrderLoader(preset, [], path, 1, { netCancellations: options.netCancellations });
  onProgress?.(loader.rowCount);
  return loader.finish();
}

/** Line breaks inside a row's quoted fields (CR LF, LF or CR each count once), checked cheaply. */
function lineBreaksIn(row: readonly string[]): number {
  let n = 0;
  for (const field of row) {
    if (field.indexOf('\n') < 0 && field.indexOf('\r') < 0) continue;
    n += (field.replaceAll('\r\n', '\n').match(/[\r\n]/g) ?? []).length;
  }
  return n;
}

function rowError(path: string, line: number, problem: string): EngineError {
  return new EngineError('MALFORMED_ROW', `${path}:${line}: ${problem}`, { source: path, line });
}

/** Whether the file starts with the gzip magic bytes; `FILE_NOT_FOUND` when there is no file. */
async function startsWithGzipMagic(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
    const head = Buffer.alloc(GZIP_MAGIC.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === GZIP_MAGIC.length && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  } catch (error) {
    throw asEngineError(error, path);
  } finally {
    await handle?.close();
  }
}

/** Any failure of the read as an `EngineError` that names the file. */
function asEngineError(error: unknown, path: string): EngineError {
  if (error instanceof EngineError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new EngineError('FILE_NOT_FOUND', `${path}: file not found`, { source: path });
  const message = error instanceof Error ? error.message : String(error);
  const what = code?.startsWith('Z_') ? 'not a valid gzip file' : 'cannot be read';
  return new EngineError('FILE_UNREADABLE', `${path}: ${what} (${message})`, { source: path });
}
