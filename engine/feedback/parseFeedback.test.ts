import { describe, expect, it } from 'vitest';
import { parseFeedback } from './parseFeedback.js';

const ok = '{"customerId":"12347","productId":"22423","date":"2011-06-01","action":"edited","kind":"habitual","proposedQuantity":12,"acceptedQuantity":6}';

describe('parseFeedback', () => {
  it('reads JSON lines, skipping blank ones', () => {
    const records = parseFeedback(`${ok}\n\n{"customerId":"1","productId":"X","date":"2011-06-02","action":"rejected","kind":"extension","proposedQuantity":1,"rejectionReason":"too-expensive"}\n`, 'f.jsonl');
    expect(records).toEqual([
      { customerId: '12347', productId: '22423', time: Date.UTC(2011, 5, 1), action: 'edited', kind: 'habitual', proposedQuantity: 12, acceptedQuantity: 6 },
      { customerId: '1', productId: 'X', time: Date.UTC(2011, 5, 2), action: 'rejected', kind: 'extension', proposedQuantity: 1, rejectionReason: 'too-expensive' },
    ]);
  });

  it('takes the proposed quantity as accepted when none is given', () => {
    const [r] = parseFeedback(ok.replace(',"acceptedQuantity":6', '').replace('edited', 'accepted'), 'f');
    expect(r!.acceptedQuantity).toBe(12);
  });

  it.each([
    ['not json', 'f.jsonl:2: not JSON'],
    [ok.replace('"action":"edited"', '"action":"maybe"'), 'f.jsonl:2: field "action" must be one of accepted, edited, rejected, got "maybe"'],
    [ok.replace('"2011-06-01"', '"2011-06-31"'), 'f.jsonl:2: field "date" must be YYYY-MM-DD, got "2011-06-31"'],
    [ok.replace('"proposedQuantity":12', '"proposedQuantity":-1'), 'f.jsonl:2: field "proposedQuantity" must be a number above 0 and at most 1,000,000,000, got -1'],
    [ok.replace('"customerId":"12347",', ''), 'f.jsonl:2: field "customerId" must be a non-empty string, got nothing'],
    // A misspelt field would be ignored and the proposed quantity taken as accepted.
    [ok.replace('"acceptedQuantity"', '"acceptedQuantty"'), 'f.jsonl:2: unknown field "acceptedQuantty" (expected customerId, productId, date, action, kind, proposedQuantity, acceptedQuantity, rejectionReason)'],
    // A 400-digit number parses as Infinity.
    [ok.replace('"acceptedQuantity":6', `"acceptedQuantity":${'9'.repeat(400)}`), 'f.jsonl:2: field "acceptedQuantity" must be a number above 0 and at most 1,000,000,000, got null'],
    [ok.replace('"acceptedQuantity":6', '"acceptedQuantity":1000000001'), 'f.jsonl:2: field "acceptedQuantity" must be a number above 0 and at most 1,000,000,000, got 1000000001'],
    // Deep nesting: the message's JSON.stringify would overflow the stack.
    [ok.replace('"12347"', '['.repeat(100_000) + ']'.repeat(100_000)), 'f.jsonl:2: nested deeper than 32 levels (at customerId[0]'],
    // A terminal escape in a value, or where JSON expected a value, is shown escaped, never raw.
    ['\u001b[2J', 'f.jsonl:2: not JSON: "Unexpected token \'\\u001b\''],
    // A terminal escape in a value is shown escaped, never raw.
    ['{"customerId":"1","productId":"2","date":"2011-06-01","action":"\\u001b[2J"}', 'f.jsonl:2: field "action" must be one of accepted, edited, rejected, got "\\u001b[2J"'],
  ])('names the line and field of a bad record: %s', (bad, message) => {
    expect(() => parseFeedback(`${ok}\n${bad}`, 'f.jsonl')).toThrow(message);
    expect(() => parseFeedback(`${ok}\n${bad}`, 'f.jsonl')).not.toThrow(/[\u0000-\u001f]/);
  });
});
