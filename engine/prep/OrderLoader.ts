import { EngineError } from '../EngineError.js';
import { FieldReader } from './FieldReader.js';
import { HistoryBuilder } from './HistoryBuilder.js';
import { quoteText } from './quoteText.js';
import type { CancelledLine } from './CancelledLine.js';
import type { LoadReport } from './LoadReport.js';
import { netCancellations } from './netCancellations.js';
import type { OrderHistory } from './OrderHistory.js';
import type { OrderLine } from './OrderLine.js';
import type { OrderPreset, RowInterpreter } from './OrderPreset.js';

/** Options of `OrderLoader`. */
export interface OrderLoaderOptions {
  /**
   * Net cancellations against the purchases they cancel (default true). False keeps purchases as
   * the file lists them (cancellations still counted, `cancellations` then reports none netted):
   * what a published protocol that reads invoices as they are expects.
   */
  netCancellations?: boolean;
}

/**
 * Turns the rows of one order file into an `OrderHistory` and a `LoadReport`, one row at a time,
 * so the caller can stream a file of any size. Pure: the caller does the I/O and CSV parsing and
 * passes each row's fields with its physical line number (for error messages).
 *
 * Throws `EngineError` `MISSING_COLUMN` from the constructor when the header lacks a required
 * column, and `MALFORMED_ROW` from `addRow` when a row has the wrong number of fields or a value
 * that cannot be read; both messages start with `source:line:`.
 */
export class OrderLoader {
  private readonly builder = new HistoryBuilder(undefined, { countDuplicates: true });
  private readonly fields: FieldReader;
  private readonly interpret: RowInterpreter;
  private readonly width: number;
  private readonly line: OrderLine = {
    customerId: '', orderId: '', orderTime: 0, productId: '', quantity: 0, unitPrice: 0,
  };
  private readonly codes = new Map<string, number>();
  /** Cancellations and returns, netted against the purchases they cancel in `finish`. */
  private readonly cancellations: CancelledLine[] = [];
  private rows = 0;
  private kept = 0;
  private zeroPrice = 0;
  private anonymous = 0;
  private nonProduct = 0;
  private cancelled = 0;
  private zeroQuantity = 0;
  private firstOrderTime = Infinity;
  private lastOrderTime = -Infinity;

  constructor(
    private readonly preset: OrderPreset,
    header: readonly string[],
    readonly source: string,
    headerLine = 1,
    private readonly options: OrderLoaderOptions = {},
  ) {
    const found = new Map<string, number>();
    header.forEach((name, i) => {
      const key = name.trim().toLowerCase();
      if (!found.has(key)) found.set(key, i);
    });
    const columns = new Map<string, number>();
    const missing: string[] = [];
    for (const name of preset.requiredColumns) {
      const i = found.get(name.toLowerCase());
      if (i === undefined) missing.push(name);
      else columns.set(name, i);
    }
    if (missing.length > 0) {
      const what = missing.length === 1 ? 'column' : 'columns';
      // The header as read, quoted and cut: a binary or garbage first line must not reach the terminal raw.
      const seen = header.length > 0 ? quoteText(header.join(',')) : 'no columns';
      throw new EngineError(
        'MISSING_COLUMN',
        `${source}:${headerLine}: missing ${what} ${missing.join(', ')} for preset ${preset.name} (found: ${seen})`,
        { source, line: headerLine },
      );
    }
    for (const name of preset.optionalColumns) {
      const i = found.get(name.toLowerCase());
      if (i !== undefined) columns.set(name, i);
    }
    this.width = header.length;
    this.fields = new FieldReader(source);
    this.interpret = preset.bind(columns, this.fields);
  }

  /** Data rows added so far. */
  get rowCount(): number {
    return this.rows;
  }

  /** Reads one data row; `line` is its physical 1-based line in the source (the header is 1). */
  addRow(values: readonly string[], line: number): void {
    this.fields.line = line;
    if (values.length !== this.width) {
      this.fields.fail(`expected ${this.width} fields as in the header, found ${values.length}`);
    }
    const kind = this.interpret(values, this.line);
    this.rows++;
    switch (kind) {
      case 'purchase': {
        const l = this.line;
        this.builder.add(l);
        this.kept++;
        if (Number.isNaN(l.unitPrice)) this.zeroPrice++;
        if (l.orderTime < this.firstOrderTime) this.firstOrderTime = l.orderTime;
        if (l.orderTime > this.lastOrderTime) this.lastOrderTime = l.orderTime;
        break;
      }
      case 'anonymous':
        this.anonymous++;
        break;
      case 'nonProduct':
        this.nonProduct++;
        this.codes.set(this.line.productId, (this.codes.get(this.line.productId) ?? 0) + 1);
        break;
      case 'cancelled': {
        this.cancelled++;
        const { customerId, productId, orderTime, quantity } = this.line;
        if (quantity > 0) this.cancellations.push({ customerId, productId, orderTime, quantity });
        break;
      }
      case 'zeroQuantity':
        this.zeroQuantity++;
        break;
    }
  }

  /**
   * Builds the history of the purchase lines, cancellations netted against the purchases they
   * cancel (`netCancellations`), and reports what happened to every row.
   */
  finish(): { history: OrderHistory; report: LoadReport } {
    const netting = this.options.netCancellations ?? true;
    const { history, report: cancellations } = netCancellations(this.builder.build(), netting ? this.cancellations : []);
    const codes = [...this.codes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const report: LoadReport = {
      source: this.source,
      preset: this.preset.name,
      rows: this.rows,
      kept: this.kept,
      zeroPrice: this.zeroPrice,
      duplicates: this.builder.exactDuplicates,
      excluded: {
        anonymous: this.anonymous,
        nonProduct: this.nonProduct,
        cancelled: this.cancelled,
        zeroQuantity: this.zeroQuantity,
      },
      nonProductCodes: Object.fromEntries(codes),
      cancellations,
      customers: history.customerIds.length,
      products: history.productIds.length,
      baskets: history.basketTime.length,
      firstOrderTime: this.kept > 0 ? this.firstOrderTime : NaN,
      lastOrderTime: this.kept > 0 ? this.lastOrderTime : NaN,
    };
    return { history, report };
  }
}
