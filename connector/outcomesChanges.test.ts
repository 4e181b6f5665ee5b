import { describe, expect, it } from 'vitest';
import { outcomeChanges } from './outcomesChanges.js';
import type { OutcomeLogLine, OutcomeLogProposal } from './outcomesLog.js';
import type { OrgOrderLine } from './SalesforcePort.js';

const line = (id: string, productId: string, stored: Partial<OutcomeLogLine> = {}): OutcomeLogLine => ({
  id, productId, kind: 'habitual', outcome: 'accepted', proposedQuantity: 2, quantity: 2, rejectionReason: null, ordered: false, orderedQuantity: null, orderedValue: null, ...stored,
});
const proposal = (lines: OutcomeLogLine[], stored: Partial<OutcomeLogProposal> = {}): OutcomeLogProposal => ({
  id: 'a0P1', accountId: '001A', createdDate: '2026-03-01T10:00:00.000+0000', status: 'accepted', linesOrdered: null, conversion: null, orderedValue: null, lines, ...stored,
});
const order = (productId: string, orderDate: string, quantity: number, unitPrice: number, accountId = '001A'): OrgOrderLine => ({
  accountId, orderId: `801${orderDate}`, orderNumber: null, orderDate, productId, productCode: null, productName: '', quantity, unitPrice,
});

describe('outcomeChanges', () => {
  it('writes what the account ordered within the horizon on the lines, and the conversion in percent points on the proposal', () => {
    const log = [proposal([line('L1', '01tA'), line('L2', '01tB')])];
    const orders = [order('01tA', '2026-03-05', 3, 2.5), order('01tA', '2026-03-20', 1, 2.5), order('01tB', '2026-06-01', 9, 1), order('01tA', '2026-03-05', 5, 1, '001OTHER')];
    const { updates, lineOutcomes } = outcomeChanges(log, orders, 62);
    expect(updates).toEqual([
      { object: 'OO_ProposalLine__c', id: 'L1', fields: { OO_Ordered__c: true, OO_OrderedQuantity__c: 4, OO_OrderedValue__c: 10 } },
      { object: 'OO_Proposal__c', id: 'a0P1', fields: { OO_LinesOrdered__c: 1, OO_Conversion__c: 50, OO_OrderedValue__c: 10 } },
    ]);
    expect(lineOutcomes.get('L2')).toEqual({ ordered: false, orderedQuantity: 0, orderedValue: 0 });
  });

  it('returns nothing when the log already holds the values (a second run), and only the field that changed otherwise', () => {
    const stored = { ordered: true, orderedQuantity: 4, orderedValue: 10 };
    const orders = [order('01tA', '2026-03-05', 4, 2.5)];
    const done = [proposal([line('L1', '01tA', stored), line('L2', '01tB')], { linesOrdered: 1, conversion: 50, orderedValue: 10 })];
    expect(outcomeChanges(done, orders, 62).updates).toEqual([]);
    const priceChanged = [order('01tA', '2026-03-05', 4, 3)];
    expect(outcomeChanges(done, priceChanged, 62).updates).toEqual([
      { object: 'OO_ProposalLine__c', id: 'L1', fields: { OO_OrderedValue__c: 12 } },
      { object: 'OO_Proposal__c', id: 'a0P1', fields: { OO_OrderedValue__c: 12 } },
    ]);
  });

  it('clears a line whose order went away', () => {
    const log = [proposal([line('L1', '01tA', { ordered: true, orderedQuantity: 4, orderedValue: 10 })], { linesOrdered: 1, conversion: 100, orderedValue: 10 })];
    expect(outcomeChanges(log, [], 62).updates).toEqual([
      { object: 'OO_ProposalLine__c', id: 'L1', fields: { OO_Ordered__c: false, OO_OrderedQuantity__c: 0, OO_OrderedValue__c: 0 } },
      { object: 'OO_Proposal__c', id: 'a0P1', fields: { OO_LinesOrdered__c: 0, OO_Conversion__c: 0, OO_OrderedValue__c: 0 } },
    ]);
  });
});
