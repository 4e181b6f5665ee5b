import { describe, expect, it } from 'vitest';
import type { ImpactRow, ImpactView } from '../../worker/EngineApi.js';
import { impactCsv } from './impactCsv.js';

const figures = (lines: number, ordered: number) => ({ lines, linesOrdered: ordered, conversion: lines ? ordered / lines : 0, proposedValue: 100, acceptedValue: 80, capturedValue: 52.5 });
const row = (period: string, group: string): ImpactRow => ({ period, group, proposals: 2, byStatus: { accepted: 1, declined: 1, 'not-reached': 0, 'call-back': 0 }, ...figures(4, 1), bySection: { habitual: figures(2, 1), development: figures(0, 0), extension: figures(2, 0) } });

describe('impactCsv', () => {
  it('writes a row per month and per rep, the uplift last, a name that looks like a formula as text and one with a comma quoted', () => {
    const view = {
      months: ['2011-07'],
      reps: [{ id: '005A', name: '=HYPERLINK("http://x","y")', teamId: null }, { id: '005B', name: 'Smith, Ann', teamId: null }],
      teams: [],
      total: row('2011-07…2011-07', 'all'),
      trend: [row('2011-07', 'all')],
      byRep: [row('2011-07…2011-07', '005A'), row('2011-07…2011-07', '005B')],
      proposals: [],
      uplift: { estimate: 0.062, ci95: [0.031, 0.093], standardError: 0.016, treated: 30, control: 10, meanTreated: 1, meanControl: 1, unadjusted: 0.05, varianceExplained: 0.5, significant: true, moreNeeded: 0 },
      upliftMonths: ['2011-07'],
      verdict: '',
    } satisfies ImpactView;
    const lines = impactCsv(view).split('\r\n');
    expect(lines[0]).toMatch(/^table,month,rep,proposals,accepted,declined,not_reached,call_back,lines,lines_ordered,conversion,/);
    expect(lines[1]).toBe('month,2011-07,,2,1,1,0,0,4,1,0.25,100,80,52.5,0.5,0,0');
    expect(lines[2]).toBe(`rep,,"'=HYPERLINK(""http://x"",""y"")",2,1,1,0,0,4,1,0.25,100,80,52.5,0.5,0,0`);
    expect(lines[3]!.startsWith('rep,,"Smith, Ann",')).toBe(true);
    expect(lines[4]).toBe('uplift,2011-07,,30,10,,,,,,0.062,0.031,0.093,,,,');
    expect(lines[5]).toBe('');
  });
});
