import { describe, expect, it } from 'vitest';
import { summarizeImpact, type ImpactLine, type ImpactProposal } from './summarizeImpact.js';

const l = (kind: ImpactLine['kind'], ordered: boolean, value: number): ImpactLine => ({ kind, proposedValue: value, acceptedValue: value, ordered, orderedValue: ordered ? value : 0 });
const p = (proposalId: string, repId: string, teamId: string, period: string, status: ImpactProposal['status'], lines: ImpactLine[]): ImpactProposal => ({ proposalId, accountId: `acc-${proposalId}`, repId, teamId, period, status, lines });

const log = [
  p('1', 'ann', 'north', '2026-03', 'accepted', [l('habitual', true, 10), l('habitual', false, 5), l('extension', true, 3)]),
  p('2', 'bob', 'north', '2026-03', 'declined', [l('development', false, 7)]),
  p('3', 'ann', 'north', '2026-04', 'not-reached', []),
  p('4', 'cat', 'south', '2026-03', 'call-back', [l('habitual', true, 2)]),
];

describe('summarizeImpact', () => {
  it('counts proposals, statuses, conversion and value captured per period and rep', () => {
    const rows = summarizeImpact(log, 'rep');
    expect(rows.map((r) => [r.period, r.group, r.proposals, r.lines, r.linesOrdered, r.capturedValue])).toEqual([
      ['2026-03', 'ann', 1, 3, 2, 13],
      ['2026-03', 'bob', 1, 1, 0, 0],
      ['2026-03', 'cat', 1, 1, 1, 2],
      ['2026-04', 'ann', 1, 0, 0, 0],
    ]);
    expect(rows[0]!.conversion).toBeCloseTo(2 / 3, 12);
    expect(rows[0]!.bySection.habitual).toMatchObject({ lines: 2, linesOrdered: 1, conversion: 0.5, capturedValue: 10 });
    expect(rows[0]!.bySection.extension).toMatchObject({ lines: 1, linesOrdered: 1, capturedValue: 3 });
  });

  it('groups by team or everyone', () => {
    const teams = summarizeImpact(log, 'team');
    expect(teams.map((r) => [r.period, r.group, r.proposals])).toEqual([['2026-03', 'north', 2], ['2026-03', 'south', 1], ['2026-04', 'north', 1]]);
    const all = summarizeImpact(log, 'all');
    expect(all[0]!.byStatus).toEqual({ accepted: 1, declined: 1, 'not-reached': 0, 'call-back': 1 });
    expect(all[0]!.proposedValue).toBe(27);
  });
});
