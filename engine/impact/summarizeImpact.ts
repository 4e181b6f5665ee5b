import type { LoggedStatus } from '../feedback/index.js';

/** A proposal's section: the engine's three. */
export type Section = 'habitual' | 'development' | 'extension';

/** One proposed line with its outcome, as impact counts it. */
export interface ImpactLine {
  kind: Section;
  /** Proposed quantity × proposed price. */
  proposedValue: number;
  /** Kept quantity × price; 0 when the rep removed the line or the proposal was not accepted. */
  acceptedValue: number;
  ordered: boolean;
  orderedValue: number;
}

/** One logged proposal with its outcomes, as impact counts it. */
export interface ImpactProposal {
  proposalId: string;
  accountId: string;
  repId: string;
  teamId: string;
  /** `YYYY-MM`. */
  period: string;
  status: LoggedStatus;
  lines: readonly ImpactLine[];
}

/** Lines, their conversion and the value captured, of one section or of all. */
export interface LineFigures {
  lines: number;
  linesOrdered: number;
  /** linesOrdered / lines (0 without lines). */
  conversion: number;
  proposedValue: number;
  acceptedValue: number;
  /** Value ordered on proposed lines. */
  capturedValue: number;
}

/** One row of the impact table: a period and a rep, a team or everyone. */
export interface ImpactRow extends LineFigures {
  period: string;
  /** The rep's or team's id, or `all`. */
  group: string;
  proposals: number;
  byStatus: Record<LoggedStatus, number>;
  bySection: Record<Section, LineFigures>;
}

/**
 * The impact table: per period and per rep, team or everyone (`by`), the proposals, how they
 * ended, the conversion of proposed lines into ordered lines and the value captured, in total and
 * by section. Rows sorted by period, then group.
 */
export function summarizeImpact(proposals: readonly ImpactProposal[], by: 'rep' | 'team' | 'all'): ImpactRow[] {
  const rows = new Map<string, ImpactRow>();
  for (const p of proposals) {
    const group = by === 'rep' ? p.repId : by === 'team' ? p.teamId : 'all';
    const key = `${p.period}\u0000${group}`;
    const row = rows.get(key) ?? emptyRow(p.period, group);
    rows.set(key, row);
    row.proposals++;
    row.byStatus[p.status]++;
    for (const line of p.lines) {
      addLine(row, line);
      addLine(row.bySection[line.kind], line);
    }
  }
  return [...rows.values()].sort((a, b) => (a.period === b.period ? compare(a.group, b.group) : compare(a.period, b.period)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function emptyFigures(): LineFigures {
  return { lines: 0, linesOrdered: 0, conversion: 0, proposedValue: 0, acceptedValue: 0, capturedValue: 0 };
}

function emptyRow(period: string, group: string): ImpactRow {
  return {
    period,
    group,
    proposals: 0,
    byStatus: { accepted: 0, declined: 0, 'not-reached': 0, 'call-back': 0 },
    ...emptyFigures(),
    bySection: { habitual: emptyFigures(), development: emptyFigures(), extension: emptyFigures() },
  };
}

function addLine(f: LineFigures, line: ImpactLine): void {
  f.lines++;
  if (line.ordered) f.linesOrdered++;
  f.conversion = f.linesOrdered / f.lines;
  f.proposedValue += line.proposedValue;
  f.acceptedValue += line.acceptedValue;
  f.capturedValue += line.orderedValue;
}
