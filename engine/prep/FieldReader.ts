import { EngineError } from '../EngineError.js';
import { parseDateTime } from './time.js';
import { isBlank } from './isBlank.js';
import { parseDecimal } from './parseDecimal.js';

/**
 * Reads typed fields out of a row's strings for a preset, and stops at the first bad one with an
 * `EngineError` `MALFORMED_ROW` whose message is `source:line: column "value" is ...`.
 * The loader sets `line` before each row, so presets never deal with places.
 */
export class FieldReader {
  /** Physical 1-based line of the row being read. */
  line = 0;
  // Lines of one order share one date string, so remembering the last one skips most parsing.
  private lastDateText = '';
  private lastDate = NaN;

  constructor(readonly source: string) {}

  /** A plain decimal number (see `parseDecimal`). */
  decimal(text: string, column: string): number {
    const value = parseDecimal(text);
    if (Number.isNaN(value)) this.fail(`${column} ${JSON.stringify(text)} is not a plain decimal number`);
    return value;
  }

  /** A `YYYY-MM-DD[ HH:MM[:SS]]` date-time as UTC milliseconds (see `parseDateTime`). */
  dateTime(text: string, column: string): number {
    if (text === this.lastDateText) return this.lastDate;
    const value = parseDateTime(text);
    if (Number.isNaN(value)) {
      this.fail(`${column} ${JSON.stringify(text)} is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])`);
    }
    this.lastDateText = text;
    this.lastDate = value;
    return value;
  }

  /** A text that must not be empty, such as an order or product id. */
  nonEmpty(text: string, column: string): string {
    if (isBlank(text)) this.fail(`${column} is empty`);
    return text;
  }

  /** Stops loading: the row at `line` is malformed for the reason given. */
  fail(problem: string): never {
    throw new EngineError('MALFORMED_ROW', `${this.source}:${this.line}: ${problem}`, {
      source: this.source,
      line: this.line,
    });
  }
}
