import { Transform, type TransformCallback } from 'node:stream';
import { EngineError, quoteText } from '../engine/index.js';

/**
 * Characters one CSV row may hold, its line breaks included. An order row is a few hundred at
 * most (the shared file's longest is 104; Salesforce caps a product or account name at 255), so
 * 64 KiB leaves a wide margin. The cap is what keeps a bad file from hanging the reader: papaparse
 * keeps an unfinished row and parses it again with each new chunk, so one endless line (or a quote
 * never closed) costs time quadratic in its length and memory linear in it.
 */
export const MAX_ROW_CHARS = 64 * 1024;

/**
 * How many times its compressed size a gzipped file may decompress to. Order exports compress 5
 * to 15 times (the shared file 6.3), a gzip bomb about 1,000 times (deflate's limit). A ratio, not
 * a size: a size cap high enough for the largest real export lets a bomb run for minutes before it
 * trips, while a ratio stops it after a few megabytes, whatever its size, and never refuses a big
 * file that is really data.
 */
export const MAX_GZIP_RATIO = 100;

/** Characters read before the ratio is checked: small files may compress better, harmlessly. */
const RATIO_FLOOR_CHARS = 16 * 1024 * 1024;

const COMMA = 44;
const COMMA_CHAR = ',';
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where the scan is within a row, as papaparse reads it (a quote opens a field only at its start). */
const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: the field's end, or the first of an escaped `""`. */
  QuoteInQuoted,
}

/** Options of a `CsvGuard`. */
export interface CsvGuardOptions {
  /** The file's name, for messages. */
  path: string;
  /** Compressed bytes consumed so far, when the text comes out of gunzip. */
  compressedBytes?: () => number;
}

/**
 * Passes CSV text through unchanged while checking, as it streams, that no row exceeds
 * `MAX_ROW_CHARS` and that gzipped text stays under `MAX_GZIP_RATIO` times its compressed size;
 * at the first breach it fails the stream with an `EngineError` (`ROW_TOO_LONG`, `GZIP_BOMB`)
 * naming the file, the line and the column. Tracks quoting as papaparse does, so a line break
 * inside a quoted field continues the row and lines are counted as an editor shows them.
 */
export class CsvGuard extends Transform {
  private state = State.FieldStart;
  private line = 1;
  private rowLine = 1;
  private rowChars = 0;
  private field = 0;
  private afterCR = false;
  private chars = 0;
  /** The first line's text, to name columns in messages (the guard runs ahead of the parser). */
  private header: string | undefined;
  private headerText = '';

  constructor(private readonly options: CsvGuardOptions) {
    super({ decodeStrings: false });
    this.setEncoding('utf8');
  }

  override _transform(chunk: string | Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    try {
      if (this.header === undefined && this.headerText.length <= MAX_ROW_CHARS) this.headerText += text.slice(0, MAX_ROW_CHARS);
      this.scan(text);
      this.checkRatio(text.length);
    } catch (error) {
      return done(error as Error);
    }
    done(null, text);
  }

  /**
   * Follows rows and lines through one chunk; throws when a row grows past the cap. Runs of text
   * without quotes (nearly all of a file) are crossed with `indexOf` from line break to line break;
   * quotes, lone CRs and what follows a closing quote go character by character (`step`).
   */
  private scan(text: string): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (this.state === State.Quoted) {
        const q = text.indexOf('"', i);
        const end = q < 0 ? n : q;
        this.quotedRun(text, i, end);
        i = end;
      } else if (this.state === State.QuoteInQuoted || this.afterCR) {
        this.step(text.charCodeAt(i++));
      } else {
        const q = text.indexOf('"', i);
        const end = q < 0 ? n : q;
        this.plainRun(text, i, end);
        i = end;
      }
      if (i < n && text.charCodeAt(i) === QUOTE) this.step(text.charCodeAt(i++));
    }
  }

  /** Text inside a quoted field, up to (not including) the next quote: line breaks continue the row. */
  private quotedRun(text: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === CR || (c === LF && !this.afterCR)) this.line++;
      this.afterCR = c === CR;
    }
    this.grow(to - from);
  }

  /** Unquoted text without a quote: rows end at line breaks (CR LF as one; a lone CR goes by `step`). */
  private plainRun(text: string, from: number, to: number): void {
    let a = from;
    let cr = text.indexOf('\r', a); // kept across lines: most files have none, CR LF files one a line
    for (;;) {
      const lf = text.indexOf('\n', a);
      if (cr >= 0 && cr < a) cr = text.indexOf('\r', a);
      const lineEnd = lf >= 0 && lf < to ? lf : to;
      const loneCR = cr >= 0 && cr < lineEnd && text.charCodeAt(cr + 1) !== LF;
      const stop = loneCR ? cr : lineEnd;
      this.field += countCommas(text, a, stop);
      if (stop > a) this.state = text.charCodeAt(stop - 1) === COMMA ? State.FieldStart : State.Unquoted;
      this.grow(stop - a);
      if (stop === to) return;
      if (loneCR) {
        for (let i = stop; i < to; i++) this.step(text.charCodeAt(i));
        return;
      }
      this.line++;
      this.endRow();
      a = stop + 1;
    }
  }

  /** One character, with every rule: quotes, commas, line breaks (CR, LF, CR LF). */
  private step(c: number): void {
    if (this.afterCR && c === LF) {
      this.afterCR = false; // the LF of a CR LF: the break was counted at the CR
      return;
    }
    this.afterCR = c === CR;
    const lineBreak = c === LF || c === CR;
    if (this.state === State.Quoted) {
      if (c === QUOTE) this.state = State.QuoteInQuoted;
      else if (lineBreak) this.line++;
    } else if (this.state === State.FieldStart && c === QUOTE) this.state = State.Quoted;
    else if (this.state === State.QuoteInQuoted && c === QUOTE) this.state = State.Quoted;
    else if (c === COMMA) {
      this.field++;
      this.state = State.FieldStart;
    } else if (lineBreak) {
      this.line++;
      return this.endRow();
    } else this.state = State.Unquoted;
    this.grow(1);
  }

  /** A line break outside quotes (already counted): the next row starts on the current line. */
  private endRow(): void {
    this.header ??= this.headerText;
    this.state = State.FieldStart;
    this.field = 0;
    this.rowChars = 0;
    this.rowLine = this.line;
  }

  /** Adds characters to the current row; throws past the cap. */
  private grow(chars: number): void {
    this.rowChars += chars;
    if (this.rowChars > MAX_ROW_CHARS) throw this.rowTooLong();
  }

  private rowTooLong(): EngineError {
    const { path } = this.options;
    const limit = MAX_ROW_CHARS.toLocaleString('en');
    const name = this.rowLine === 1 ? undefined : this.columnName(this.field);
    const column = name === undefined ? `column ${this.field + 1}` : `column ${name}`;
    const problem =
      this.state === State.Quoted || this.state === State.QuoteInQuoted
        ? `${column}: a quoted field runs past ${limit} characters (is a closing quote missing?)`
        : this.rowLine === 1
          ? `the header runs past ${limit} characters without a line break: not a CSV order file`
          : `${column}: the line runs past ${limit} characters without a line break (an order line is a few hundred at most)`;
    return new EngineError('ROW_TOO_LONG', `${path}:${this.rowLine}: ${problem}`, { source: path, line: this.rowLine });
  }

  /** A column's name from the header line (names with a comma inside quotes may shift it: a message only). */
  private columnName(index: number): string | undefined {
    const line = /^[^\r\n]*/.exec(this.header ?? '')![0];
    const name = line.split(',')[index]?.trim().replace(/^"(.*)"$/, '$1');
    return name ? quoteText(name) : undefined;
  }

  /** Throws `GZIP_BOMB` when the text decompressed so far is too large for the bytes it came from. */
  private checkRatio(added: number): void {
    this.chars += added;
    const compressed = this.options.compressedBytes?.();
    if (compressed === undefined || this.chars < RATIO_FLOOR_CHARS || this.chars <= MAX_GZIP_RATIO * compressed) return;
    const { path } = this.options;
    const mb = (this.chars / 1e6).toFixed(0);
    const kb = (compressed / 1e3).toFixed(0);
    throw new EngineError(
      'GZIP_BOMB',
      `${path}:${this.line}: decompresses to over ${MAX_GZIP_RATIO} times its size (${mb} MB from the first ${kb} KB; order exports compress 5 to 15 times): refused as a likely gzip bomb`,
      { source: path, line: this.line },
    );
  }
}

/** Commas in `text[from, to)`. */
function countCommas(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(COMMA_CHAR, from); i >= 0 && i < to; i = text.indexOf(COMMA_CHAR, i + 1)) n++;
  return n;
}
