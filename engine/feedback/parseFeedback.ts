import { EngineError } from '../EngineError.js';
import { parseDateTime } from '../prep/index.js';
import type { FeedbackRecord, RejectionReason } from './FeedbackRecord.js';

const ACTIONS = ['accepted', 'edited', 'rejected'] as const;
const KINDS = ['habitual', 'development', 'extension'] as const;
const REASONS: readonly RejectionReason[] = ['not-needed', 'too-expensive', 'out-of-season', 'other'];

/**
 * Parses feedback given as JSON lines (one record per line, as the CLI's `--feedback FILE` and the
 * proposal log export write it): `{"customerId","productId","date":"YYYY-MM-DD","action","kind",
 * "proposedQuantity","acceptedQuantity"?,"rejectionReason"?}`. Blank lines are skipped. A bad
 * record stops with `source:line: field … is …` (EngineError `MALFORMED_FEEDBACK`).
 */
export function parseFeedback(text: string, source: string): FeedbackRecord[] {
  const records: FeedbackRecord[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const fail = (problem: string): never => {
      throw new EngineError('MALFORMED_FEEDBACK', `${source}:${line}: ${problem}`, { source, line });
    };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      fail(`not JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('a record must be a JSON object');
    const o = value as Record<string, unknown>;
    const text = (field: string): string => {
      const v = o[field];
      if (typeof v !== 'string' || v.trim() === '') fail(`field "${field}" must be a non-empty string, got ${JSON.stringify(v)}`);
      return v as string;
    };
    const oneOf = <T extends string>(field: string, allowed: readonly T[]): T => {
      const v = text(field);
      if (!(allowed as readonly string[]).includes(v)) fail(`field "${field}" must be one of ${allowed.join(', ')}, got "${v}"`);
      return v as T;
    };
    const quantity = (field: string): number => {
      const v = o[field];
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) fail(`field "${field}" must be a number > 0, got ${JSON.stringify(v)}`);
      return v as number;
    };
    // Fields are checked in the order a record lists them, so the first problem is the one named.
    const customerId = text('customerId');
    const productId = text('productId');
    const date = text('date');
    const time = parseDateTime(date);
    if (Number.isNaN(time)) fail(`field "date" must be YYYY-MM-DD, got "${date}"`);
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
