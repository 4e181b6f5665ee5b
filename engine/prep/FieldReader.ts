import { EngineError } from '../EngineError.js';
import { parseDateTime } from './time.js';
import { isBlank } from './isBlank.js';
import { parseDecimal } from './parseDecimal.js';
import { quoteText } from './quoteText.js';

/**
 * The largest quantity and unit price (in absolute value) an order line may state. Far above any
 * real line (the shared file's largest are 74,215 units and 38,970 a unit) and within what an
 * Opportunity line item holds (Quantity: 12 digits, 2 decimals); a 400-digit number would read as
 * `Infinity` and come out as `null`, so anything beyond is a broken file, not an order.
 */
export const MAX_ORDER_NUMBER = 1e9;

/**
 * Reads typed fields out of a row's strings for a preset, and stops at the first bad one with an
 * `EngineError` `MALFORMED_ROW` whose message is `source:line: column "value" is ...`, the value
 * quoted, cut and escaped by `quoteText` (a file's bytes never reach the terminal raw).
 * The loader sets `line` before each row, so presets never deal with places.
 */
export class FieldReader {
  /** Physical 1-based line of the row being read. */
  line = 0;
  // Lines of one order share one date string, so remembering the last one skips most parsing.
  private lastDateText = '';
  private lastDate = NaN;

  constructor(readonly source: string) {}

  /** A plain decimal number (see `parseDecimal`) within ±`MAX_ORDER_NUMBER`. */
  decimal(text: string, column: string): number {
    const value = parseDecimal(text);
    if (Number.isNaN(value)) this.fail(`${column} ${quoteText(text)} is not a plain decimal number`);
    if (!(Math.abs(value) <= MAX_ORDER_NUMBER)) {
      this.fail(`${column} ${quoteText(text)} is beyond ±1,000,000,000: not a real order line`);
    }
    return value;
  }

  /** A `YYYY-MM-DD[ HH:MM[:SS]]` date-time as UTC milliseconds (see `parseDateTime`). */
  dateTime(text: string, column: string): number {
    if (text === this.lastDateText) return this.lastDate;
    const value = parseDateTime(text);
    if (Number.isNaN(value)) {
      this.fail(`${column} ${quoteText(text)} is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])`);
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
