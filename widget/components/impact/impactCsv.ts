import { csvCell } from '../../../cli/csvCell.js';
import type { ImpactRow, ImpactView } from '../../worker/EngineApi.js';

/** One CSV field: `csvCell`'s rule against formulas (shared with the CLI), then quoted when it holds a comma, quote or line break. */
function field(value: unknown): string {
  const cell = csvCell(value);
  const text = typeof cell === 'number' ? String(Math.round(cell * 10_000) / 10_000) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER = ['table', 'month', 'rep', 'proposals', 'accepted', 'declined', 'not_reached', 'call_back', 'lines', 'lines_ordered', 'conversion', 'proposed_value', 'accepted_value', 'captured_value', 'habitual_conversion', 'development_conversion', 'extension_conversion'];

function row(table: string, r: ImpactRow, rep: string): unknown[] {
  const s = r.bySection;
  return [table, table === 'rep' ? '' : r.period, rep, r.proposals, r.byStatus.accepted, r.byStatus.declined, r.byStatus['not-reached'], r.byStatus['call-back'], r.lines, r.linesOrdered, r.conversion, r.proposedValue, r.acceptedValue, r.capturedValue, s.habitual.conversion, s.development.conversion, s.extension.conversion];
}

/**
 * The impact as CSV (a header, then a row per month and a row per rep), every text cell through
 * `csvCell` so a rep or product name like `=HYPERLINK(…)` is never run by a spreadsheet; the
 * uplift last, as its own row. Lines end with CRLF (RFC 4180).
 */
export function impactCsv(view: ImpactView): string {
  const names = new Map(view.reps.map((r) => [r.id, r.name] as const));
  const rows: unknown[][] = [HEADER];
  for (const r of view.trend) rows.push(row('month', r, ''));
  for (const r of view.byRep) rows.push(row('rep', r, names.get(r.group) ?? r.group));
  if (view.uplift) rows.push(['uplift', view.upliftMonths.join(' '), '', view.uplift.treated, view.uplift.control, '', '', '', '', '', view.uplift.estimate, view.uplift.ci95[0], view.uplift.ci95[1], '', '', '', '']);
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
