import { EngineError } from '../EngineError.js';
import { parseDateTime, quoteText } from '../prep/index.js';
import { findDeepNesting, MAX_JSON_DEPTH, showJson } from '../rules/index.js';
import type { FeedbackRecord, RejectionReason } from './FeedbackRecord.js';

const ACTIONS = ['accepted', 'edited', 'rejected'] as const;
const KINDS = ['habitual', 'development', 'extension'] as const;
const REASONS: readonly RejectionReason[] = ['not-needed', 'too-expensive', 'out-of-season', 'other'];
/** Every field a record may have: any other is refused, so a misspelt `acceptedQuantty` cannot silently change quantities. */
const FIELDS = ['customerId', 'productId', 'date', 'action', 'kind', 'proposedQuantity', 'acceptedQuantity', 'rejectionReason'];
/** The largest quantity a record may state, as for order lines (see `MAX_ORDER_NUMBER`). */
const MAX_QUANTITY = 1e9;

/**
 * Parses feedback given as JSON lines (one record per line, as the CLI's `--feedback FILE` and the
 * proposal log export write it): `{"customerId","productId","date":"YYYY-MM-DD","action","kind",
 * "proposedQuantity","acceptedQuantity"?,"rejectionReason"?}`. Blank lines are skipped. A bad
 * record stops with `source:line: field … is …` (EngineError `MALFORMED_FEEDBACK`): an unknown
 * field, a quantity that is not a number in (0, 1e9], a line nested deeper than `MAX_JSON_DEPTH`.
 */
export function parseFeedback(text: string, source: string): FeedbackRecord[] {
  const records: FeedbackRecord[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const fail = (problem: string): never => {
      throw new EngineError('MALFORMED_FEEDBACK', `${source}:${line}: ${problem}`, { source, line });
    };
    const deep = findDeepNesting(raw);
    if (deep) fail(`nested deeper than ${MAX_JSON_DEPTH} levels (at ${deep.path})`);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      // Node 20's message may echo the whole line: keep V8's words, never the line's raw bytes.
      fail(`not JSON: ${quoteText((error as Error).message.replace(/, ".*" is not valid JSON$/s, ''))}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('a record must be a JSON object');
    const o = value as Record<string, unknown>;
    const unknown = Object.keys(o).find((key) => !FIELDS.includes(key));
    if (unknown !== undefined) fail(`unknown field ${quoteText(unknown)} (expected ${FIELDS.join(', ')})`);
    const text = (field: string): string => {
      const v = o[field];
      if (typeof v !== 'string' || v.trim() === '') fail(`field "${field}" must be a non-empty string, got ${showJson(v)}`);
      return v as string;
    };
    const oneOf = <T extends string>(field: string, allowed: readonly T[]): T => {
      const v = text(field);
      if (!(allowed as readonly string[]).includes(v)) fail(`field "${field}" must be one of ${allowed.join(', ')}, got ${quoteText(v)}`);
      return v as T;
    };
    const quantity = (field: string): number => {
      const v = o[field];
      if (typeof v !== 'number' || !(v > 0 && v <= MAX_QUANTITY)) fail(`field "${field}" must be a number above 0 and at most 1,000,000,000, got ${showJson(v)}`);
      return v as number;
    };
    // Fields are checked in the order a record lists them, so the first problem is the one named.
    const customerId = text('customerId');
    const productId = text('productId');
    const date = text('date');
    const time = parseDateTime(date);
    if (Number.isNaN(time)) fail(`field "date" must be YYYY-MM-DD, got ${quoteText(date)}`);
    const action = oneOf('action', ACTIONS);
    const record: FeedbackRecord = {
      customerId,
      productId,
      time,
      action,
      kind: oneOf('kind', KINDS),
      proposedQuantity: quantity('proposedQuantity'),
    };
    if (action !== 'rejected') record.acceptedQuantity = o.acceptedQuantity === undefined ? record.proposedQuantity : quantity('acceptedQuantity');
    if (action === 'rejected' && o.rejectionReason !== undefined) record.rejectionReason = oneOf('rejectionReason', REASONS);
    records.push(record);
  });
  return records;
}
